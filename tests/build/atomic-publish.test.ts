import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture } from '../unit/support/fixture-copy.ts';
import { buildSite, cleanupAfterAll, fingerprint, makeTempOutDir, projectRoot } from '../support/astro-build.ts';

const exportDir = path.join(projectRoot, 'tests/fixtures/exports/valid');
const build = (contentDir: string, outDir: string) => buildSite(outDir, { CONTENT_PATH: contentDir, EXPORT_PATH: exportDir, BUILD_DATE: '2026-06-01' });

describe('atomic publish', { timeout: 180_000 }, () => {
	const cleanups = cleanupAfterAll();

	it('a build that fails on bad content leaves the previous output untouched and says why', async () => {
		const { outDir, cleanup } = await makeTempOutDir();
		cleanups.push(cleanup);
		const content = await copyFixture('exports/catalog');
		cleanups.push(content.cleanup);

		const first = await build(content.dir, outDir);
		expect(first.ok, first.output).toBe(true);
		const before = await readFile(path.join(outDir, 'credentials/exit-tickets/index.html'), 'utf8');
		const files = await fingerprint(outDir);

		await content.edit('credentials/exit-tickets.mdx', (source) => source.replace('issuer: fixture-institute', 'issuer: nobody'));
		await content.edit('credentials/wait-time.mdx', (source) => source.replace(/^title: .*$/m, 'title: Changed'));
		const second = await build(content.dir, outDir);
		expect(second.ok).toBe(false);
		expect(second.output).toContain('credentials/exit-tickets.mdx: issuer is "nobody", but no issuer has that id (valid choices: fixture-institute)');
		expect(await readFile(path.join(outDir, 'credentials/exit-tickets/index.html'), 'utf8')).toBe(before);
		expect(await fingerprint(outDir)).toEqual(files);
		expect(await stat(`${outDir}.staging`).then(() => 'left behind', () => 'removed')).toBe('removed');
	});
});
