import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture } from '../unit/support/fixture-copy.ts';
import { buildSite, cleanupAfterAll, fingerprint, makeTempOutDir, projectRoot } from '../support/astro-build.ts';

const contentDir = path.join(projectRoot, 'tests/fixtures/exports/catalog');

describe('warm rebuild', { timeout: 240_000 }, () => {
	const cleanups = cleanupAfterAll();

	it('after one educator changed, reuses the other pages and publishes exactly what a cold build does', async () => {
		const exported = await copyFixture('exports/valid');
		cleanups.push(exported.cleanup);
		const warm = await makeTempOutDir();
		const cold = await makeTempOutDir();
		cleanups.push(warm.cleanup, cold.cleanup);
		const cacheDir = path.join(path.dirname(warm.outDir), 'cache');
		const env = { CONTENT_PATH: contentDir, EXPORT_PATH: exported.dir, BUILD_DATE: '2026-06-01', CACHE_DIR: cacheDir };

		const first = await buildSite(warm.outDir, env);
		expect(first.ok, first.output).toBe(true);

		// Her role reaches her portfolio page and downloads; her name (and so her address) stays.
		await exported.edit('educators.csv', (source) => source.replace('Ana García,ana.garcia@example.org,Grade 4 teacher', 'Ana García,ana.garcia@example.org,Grade 5 teacher'));
		const rebuilt = await buildSite(warm.outDir, env, { force: false });
		expect(rebuilt.ok, rebuilt.output).toBe(true);
		// The cold build renders every educator page again (the rest of the cache keeps the signing key).
		await rm(path.join(cacheDir, 'pages'), { recursive: true, force: true });
		const fresh = await buildSite(cold.outDir, env);
		expect(fresh.ok, fresh.output).toBe(true);
		expect(fresh.output).toMatch(/educator pages: [1-9]\d* rendered, 0 reused/);

		// Without reuse this test would pass trivially: her pages are rendered again, everyone else's come from the page store.
		const [, rendered, reused] = rebuilt.output.match(/educator pages: (\d+) rendered, (\d+) reused/) ?? [];
		expect(Number(rendered)).toBeGreaterThan(0);
		expect(Number(reused)).toBeGreaterThan(0);
		// The edit must reach the published pages, or the comparison below proves nothing.
		expect(await readFile(path.join(cold.outDir, 'educators/ana-garcia-bc4605/index.html'), 'utf8')).toContain('Grade 5 teacher');
		expect(await fingerprint(warm.outDir)).toEqual(await fingerprint(cold.outDir));
	});
});
