import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, cleanupAfterAll, fingerprint, makeTempOutDir, projectRoot } from '../support/astro-build.ts';

const env = {
	CONTENT_PATH: path.join(projectRoot, 'tests/fixtures/exports/catalog'),
	EXPORT_PATH: path.join(projectRoot, 'tests/fixtures/exports/valid'),
	BUILD_DATE: '2026-06-01',
};

/** Educator files Astro itself logged as generated: `├─ /educators/<slug>/…`. */
const astroLoggedEducatorFiles = (output: string) => output.match(/├─ \/educators\/\S+/g)?.length ?? 0;

describe('educator pages rendered outside Astro\'s generate loop', { timeout: 240_000 }, () => {
	const cleanups = cleanupAfterAll();

	it('are byte for byte the files Astro\'s own loop writes, and so is the rest of the site', async () => {
		const ours = await makeTempOutDir();
		const astros = await makeTempOutDir();
		cleanups.push(ours.cleanup, astros.cleanup);
		// One cache for both, so both sign with the same development key; the reference never reads the page store.
		const cached = { ...env, CACHE_DIR: path.join(path.dirname(ours.outDir), 'cache') };
		const built = await buildSite(ours.outDir, cached);
		expect(built.ok, built.output).toBe(true);
		const reference = await buildSite(astros.outDir, { ...cached, EDUCATOR_PAGES: 'astro' });
		expect(reference.ok, reference.output).toBe(true);

		const rendered = Number(built.output.match(/educator pages: (\d+) rendered/)?.[1]);
		expect(rendered).toBeGreaterThan(0);
		expect(astroLoggedEducatorFiles(built.output)).toBe(0);
		expect(astroLoggedEducatorFiles(reference.output)).toBe(rendered);
		// Portfolio and award pages, portfolio.json and transcript.csv of each published educator.
		const files = (await readdir(path.join(ours.outDir, 'educators'), { recursive: true })).filter((file) => /^[^/]+\/([^/]+\/)?index\.html$|^[^/]+\/(portfolio\.json|transcript\.csv)$/.test(file));
		expect(files).toHaveLength(rendered);
		expect(await fingerprint(ours.outDir)).toEqual(await fingerprint(astros.outDir));
	});
});
