import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/catalog/read-catalog.ts';
import { formatProblem } from '../../src/errors/format-issues.ts';
import { validateExport } from '../../src/export/validate-export.ts';
import { buildSite, projectRoot as root } from '../support/astro-build.ts';

const exportsDir = 'tests/fixtures/exports';
const catalogDir = `${exportsDir}/catalog`;
/** The day the export fixtures are valid on (their dates must not be in the future). */
const buildDate = '2025-01-15';

function build(exportPath: string, outDir: string) {
	return buildSite(outDir, { CONTENT_PATH: catalogDir, EXPORT_PATH: exportPath, BUILD_DATE: buildDate });
}

/** Every file of a built site with a digest of its bytes, so "untouched" means byte for byte. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
	const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
	const digests = await Promise.all(
		entries.map(async (entry) => {
			const file = path.join(entry.parentPath, entry.name);
			return [path.relative(dir, file), createHash('sha256').update(await readFile(file)).digest('hex')] as const;
		}),
	);
	return Object.fromEntries(digests.sort(([a], [b]) => a.localeCompare(b)));
}

describe('a bad export', { timeout: 180_000 }, () => {
	const cleanups: (() => Promise<void>)[] = [];
	afterAll(async () => {
		for (const cleanup of cleanups) await cleanup();
	});

	it('fails the build with every file:row:column problem and leaves the previous output byte-identical', async () => {
		const outParent = await mkdtemp(path.join(tmpdir(), 'credfolio-out-'));
		cleanups.push(() => rm(outParent, { recursive: true, force: true }));
		const outDir = path.join(outParent, 'dist');

		const first = await build(`${exportsDir}/valid`, outDir);
		expect(first.ok, first.output).toBe(true);
		const before = await fingerprint(outDir);
		expect(Object.keys(before).filter((file) => file.startsWith('educators/')).length).toBeGreaterThan(0);

		const invalid = `${exportsDir}/invalid`;
		const { problems } = await validateExport(invalid, { catalog: await readCatalog(catalogDir, root), now: new Date(buildDate), root });
		expect(problems.length).toBeGreaterThan(1);
		const second = await build(invalid, outDir);
		expect(second.ok).toBe(false);
		expect(second.output).toContain(`The earner export at ${invalid} has problems (${problems.length} problems)`);
		for (const problem of problems) expect(second.output).toContain(formatProblem(problem));
		expect(await fingerprint(outDir)).toEqual(before);
	});
});
