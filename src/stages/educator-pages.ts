import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroPrerenderer, PathWithRoute } from 'astro';
import { codeDigest } from '../prerender/code-digest.ts';
import { openPageStore } from '../prerender/page-store.ts';
import { renderPages } from '../prerender/render-pages.ts';
import type { Settings } from '../settings/settings.ts';
import type { Metrics } from './metrics.ts';
import type { StageLogger } from './context.ts';

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
				const store = openPageStore(path.join(settings.cacheDir, 'pages'));
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
