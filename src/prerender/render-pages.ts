import { createHash } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroPrerenderer, PathWithRoute } from 'astro';
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
 * Renders pages (of `build.format: 'directory'`) through Astro's prerenderer and writes each to
 * `<path>/index.html`, as Astro's own loop would, but streaming: nothing is kept per page once it
 * is written, and a page whose `cacheKey` and code are unchanged is linked from the store instead.
 */
export async function renderPages(paths: Iterable<PathWithRoute>, options: RenderPagesOptions): Promise<RenderCounts> {
	const { render, outDir, origin, base, store, codeDigest } = options;
	const counts: RenderCounts = { rendered: 0, reused: 0 };
	const basePath = trimSlashes(base);
	await pMap(
		paths,
		async ({ pathname, route, cacheKey }) => {
			if (route.type !== 'page') throw new Error(`renderPages writes pages, not ${route.type}s: ${route.component} (${pathname})`);
			const relative = trimSlashes(pathname);
			const outFile = fileURLToPath(new URL(`./${encodeURI(relative)}/index.html`, outDir));
			await mkdir(fileURLToPath(new URL(`./${encodeURI(relative)}/`, outDir)), { recursive: true });
			const key = cacheKey === undefined ? undefined : createHash('sha256').update(`${codeDigest}\0${relative}\0${cacheKey}`).digest('hex');
			if (key && (await store.restore(key, outFile))) {
				counts.reused += 1;
				return;
			}
			const url = new URL(`/${[basePath, relative].filter(Boolean).join('/')}/`, origin);
			const rendered = await render(new Request(url), { routeData: route, collectMetadata: false });
			const response = rendered instanceof Response ? rendered : rendered.response;
			if (response.status !== 200 || !response.body) {
				throw new Error(`Rendering ${url.pathname} (${route.component}) answered ${response.status} with ${response.body ? 'a body' : 'no body'}; a page rendered at build time must answer 200 with HTML.`);
			}
			const body = Buffer.from(await response.arrayBuffer());
			// Exclusive create: a file left in place could be a link into the store, and writing through it would change a stored page.
			await writeFile(outFile, body, { flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
				if (error.code !== 'EEXIST') throw error;
				await unlink(outFile);
				await writeFile(outFile, body, { flag: 'wx' });
			});
			if (key) await store.keep(key, outFile);
			counts.rendered += 1;
		},
		{ concurrency: 16 },
	);
	return counts;
}
