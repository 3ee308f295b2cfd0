import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { findBrokenLinks } from '../e2e/support/link-crawl.ts';
import { startStaticServer } from '../e2e/support/static-server.ts';
import { buildSite, cleanupAfterAll, makeTempOutDir } from '../support/astro-build.ts';

const cleanups = cleanupAfterAll();

test('a site built under a sub-path (GitHub Pages project site) has no link or asset outside it', async () => {
	const { outDir, cleanup } = await makeTempOutDir();
	cleanups.push(cleanup);
	const built = await buildSite(outDir, { BASE_PATH: '/credfolio/', SITE_URL: 'https://example.github.io', BUILD_DATE: '2026-06-01' });
	expect(built.ok, built.output).toBe(true);

	const home = await readFile(path.join(outDir, 'index.html'), 'utf8');
	expect(home).toContain('<link rel="canonical" href="https://example.github.io/credfolio/">');
	expect([...home.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map(([, url]) => url).filter((url) => !url!.startsWith('/credfolio/'))).toEqual([]);

	// Served only under /credfolio/, so any link that ignores the base path answers 404.
	const server = await startStaticServer({ root: outDir, basePath: '/credfolio/' });
	cleanups.push(() => server.close());
	expect(await findBrokenLinks(server.url)).toEqual([]);
});
