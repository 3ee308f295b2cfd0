import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/catalog/read-catalog.ts';
import { formatProblem } from '../../src/errors/format-issues.ts';
import { validateExport } from '../../src/export/validate-export.ts';
import { buildSite, cleanupAfterAll, fingerprint, makeTempOutDir, projectRoot as root } from '../support/astro-build.ts';

const exportsDir = 'tests/fixtures/exports';
const catalogDir = `${exportsDir}/catalog`;
/** The day the export fixtures are valid on (their dates must not be in the future). */
const buildDate = '2025-01-15';

function build(exportPath: string, outDir: string) {
	return buildSite(outDir, { CONTENT_PATH: catalogDir, EXPORT_PATH: exportPath, BUILD_DATE: buildDate });
}

describe('a bad export', { timeout: 180_000 }, () => {
	const cleanups = cleanupAfterAll();

	it('fails the build with every file:row:column problem and leaves the previous output byte-identical', async () => {
		const { outDir, cleanup } = await makeTempOutDir();
		cleanups.push(cleanup);

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
