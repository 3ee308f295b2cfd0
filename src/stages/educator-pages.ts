import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroPrerenderer, PathWithRoute, RouteData } from 'astro';
import pMap from 'p-map';
import type { Settings } from '../settings/settings.ts';
import { openStore, type ContentStore } from '../store/content-store.ts';
import type { StageLogger } from './context.ts';
import type { Metrics } from './metrics.ts';

/** The routes with a file per educator or per award: all but a few dozen of a state's pages. */
export const EDUCATOR_ROUTES: ReadonlySet<string> = new Set([
	'src/pages/educators/[slug]/index.astro',
	'src/pages/educators/[slug]/[award].astro',
	'src/pages/educators/[slug]/portfolio.json.ts',
	'src/pages/educators/[slug]/transcript.csv.ts',
]);

/** Every educator route must exist: a route that moved would otherwise be rendered by Astro's loop, at Astro's cost. */
export function checkEducatorRoutes(routes: readonly { entrypoint: string }[]): void {
	const missing = [...EDUCATOR_ROUTES].filter((component) => !routes.some((route) => route.entrypoint === component));
	if (missing.length > 0) {
		throw new Error(`credfolio renders ${missing.join(', ')} outside Astro's page loop, but there is no such route. If a route moved, update EDUCATOR_ROUTES in src/stages/educator-pages.ts.`);
	}
}

/**
 * Where Astro compiled the prerender bundle: `.prerender/` in the output folder, or in `.astro/`
 * of the working folder when the output is outside it (Astro's `getOutDirWithinCwd`, not public API).
 */
function prerenderBundleDir(outDir: URL): string {
	const out = fileURLToPath(outDir);
	const dir = path.join(out.startsWith(process.cwd()) ? out : path.join(process.cwd(), '.astro'), '.prerender');
	if (!existsSync(dir)) {
		throw new Error(`credfolio found no prerender bundle at ${dir}, so it cannot tell whether stored educator pages are current. A new Astro may keep it elsewhere: update prerenderBundleDir in src/stages/educator-pages.ts, or build with EDUCATOR_PAGES=astro meanwhile.`);
	}
	return dir;
}

export interface EducatorPagesContext {
	settings: Readonly<Settings>;
	metrics: Metrics;
	logger: StageLogger;
	/** Astro's output folder, and the origin and base its page requests use. */
	outDir: URL;
	origin: string;
	base: string;
}

/**
 * Wraps Astro's prerenderer so that the educator routes (portfolio, award pages, `portfolio.json`,
 * `transcript.csv`) are rendered outside Astro's generate loop. They are the same routes, rendered by
 * Astro's own prerenderer with the same styles and scripts, byte for byte
 * (tests/build/educator-pages.test.ts); but Astro keeps a record of every file it generates (its
 * output URL, its name for `astro:build:done`, with incremental builds an entry and a copy of the
 * file), which at a million awards costs gigabytes. Here each file is written and forgotten, and an
 * unchanged one (same `cacheKey`, same compiled code) is hard-linked from the page store instead of
 * rendered. The catalog pages stay with Astro. Files written here are not in `astro:build:done`'s
 * `pages`; the sitemap lists them from the model.
 */
export function educatorPrerenderer(context: EducatorPagesContext): (astro: AstroPrerenderer) => AstroPrerenderer {
	const { settings, metrics, logger, outDir, origin, base } = context;
	return (astro) => ({
		...astro,
		name: 'credfolio:educator-pages',
		async getStaticPaths() {
			const ours: PathWithRoute[] = [];
			const rest: PathWithRoute[] = [];
			for (const entry of await astro.getStaticPaths()) (EDUCATOR_ROUTES.has(entry.route.component) ? ours : rest).push(entry);
			await metrics.measure('educator-pages', async () => {
				const store = openStore(path.join(settings.cacheDir, 'pages'), 'html');
				const counts = await renderPages(ours, { render: astro.render, outDir, origin, base, store, codeDigest: await codeDigest(prerenderBundleDir(outDir)) });
				const pruned = await store.prune();
				metrics.count('educator_pages.rendered', counts.rendered);
				metrics.count('educator_pages.reused', counts.reused);
				logger.info(`educator pages: ${counts.rendered} rendered, ${counts.reused} reused from the page store, ${pruned} stale pages pruned`);
			});
			return rest;
		},
	});
}

/**
 * A digest of the prerender bundle Astro compiled for this build (every component, the manifest
 * with its stylesheet and script names), so a stored page is reused only when the code that
 * rendered it is the same. The manifest carries a key Astro makes afresh each build (for server
 * islands, which this site has none of); it is blanked, or no page would ever be reused.
 */
export async function codeDigest(bundleDir: string): Promise<string> {
	const files = (await readdir(bundleDir, { recursive: true, withFileTypes: true }))
		.filter((entry) => entry.isFile())
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
	const hash = createHash('sha256');
	for (const file of files) {
		const text = (await readFile(file, 'utf8')).replace(/("key":\s*")[^"]*"/g, '$1"');
		hash.update(`${path.relative(bundleDir, file)}\0${text}\0`);
	}
	return hash.digest('hex');
}

export interface RenderPagesOptions {
	/** Astro's own prerenderer, already set up: the same pipeline, styles and scripts as every other page. */
	render: AstroPrerenderer['render'];
	/** The build's output folder (Astro's `outDir`). */
	outDir: URL;
	/** The site's origin and base path, as Astro builds page requests. */
	origin: string;
	base: string;
	/** Stored pages of earlier builds, and the digest of the code rendering this one. */
	store: ContentStore;
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
