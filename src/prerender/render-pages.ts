import { createHash } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroPrerenderer, PathWithRoute, RouteData } from 'astro';
import pMap from 'p-map';
import type { PageStore } from './page-store.ts';

export interface RenderPagesOptions {
	/** Astro's own prerenderer, already set up: the same pipeline, styles and scripts as every other page. */
	render: AstroPrerenderer['render'];
	/** The build's output folder (Astro's `outDir`). */
	outDir: URL;
	/** The site's origin and base path, as Astro builds page requests. */
	origin: string;
	base: string;
	/** Stored pages of earlier builds, and the digest of the code rendering this one. */
	store: PageStore;
	codeDigest: string;
}

/** Pages rendered, and pages put back from the store. */
export interface RenderCounts {
	rendered: number;
	reused: number;
}

const trimSlashes = (text: string) => text.replace(/^\/+|\/+$/g, '');

/**
 * Where Astro writes a page or an endpoint's file with `build.format: 'directory'` and
 * `trailingSlash: 'always'` (relative to the output folder), and the path it requests it at.
 */
function outputOf(route: RouteData, relative: string, pathname: string): { outFile: string; urlPath: string } {
	if (route.type === 'page') return { outFile: `./${encodeURI(relative)}/index.html`, urlPath: `${relative}/` };
	if (route.type === 'endpoint' && /\.[a-z0-9]+$/i.test(relative)) return { outFile: `./${encodeURI(relative)}`, urlPath: relative };
	throw new Error(`renderPages writes pages and endpoints with a file extension, not ${route.type} ${route.component} (${pathname}).`);
}

/**
 * Renders pages and endpoints through Astro's prerenderer and writes each where Astro's own loop
 * would, but streaming: nothing is kept per page once it is written, and a page whose `cacheKey`
 * and code are unchanged is linked from the store instead.
 */
export async function renderPages(paths: Iterable<PathWithRoute>, options: RenderPagesOptions): Promise<RenderCounts> {
	const { render, outDir, origin, base, store, codeDigest } = options;
	const counts: RenderCounts = { rendered: 0, reused: 0 };
	const basePath = trimSlashes(base);
	await pMap(
		paths,
		async ({ pathname, route, cacheKey }) => {
			const relative = trimSlashes(pathname);
			const { outFile, urlPath } = outputOf(route, relative, pathname);
			const file = fileURLToPath(new URL(outFile, outDir));
			await mkdir(path.dirname(file), { recursive: true });
			const key = cacheKey === undefined ? undefined : createHash('sha256').update(`${codeDigest}\0${relative}\0${cacheKey}`).digest('hex');
			if (key && (await store.restore(key, file))) {
				counts.reused += 1;
				return;
			}
			const url = new URL(`/${[basePath, urlPath].filter(Boolean).join('/')}`, origin);
			const rendered = await render(new Request(url), { routeData: route, collectMetadata: false });
			const response = rendered instanceof Response ? rendered : rendered.response;
			if (response.status !== 200 || !response.body) {
				throw new Error(`Rendering ${url.pathname} (${route.component}) answered ${response.status} with ${response.body ? 'a body' : 'no body'}; a file rendered at build time must answer 200 with a body.`);
			}
			const body = Buffer.from(await response.arrayBuffer());
			// Exclusive create: a file left in place could be a link into the store, and writing through it would change a stored page.
			await writeFile(file, body, { flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
				if (error.code !== 'EEXIST') throw error;
				await unlink(file);
				await writeFile(file, body, { flag: 'wx' });
			});
			if (key) await store.keep(key, file);
			counts.rendered += 1;
		},
		{ concurrency: 16 },
	);
	return counts;
}
