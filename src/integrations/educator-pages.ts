import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, PathWithRoute } from 'astro';
import { codeDigest } from '../prerender/code-digest.ts';
import { openPageStore } from '../prerender/page-store.ts';
import { renderPages } from '../prerender/render-pages.ts';
import { measurePhase, recordCount } from './build-metrics.ts';

/** The routes with a file per educator or per award: all but a few dozen of a state's pages. */
export const EDUCATOR_ROUTES: ReadonlySet<string> = new Set([
	'src/pages/educators/[slug]/index.astro',
	'src/pages/educators/[slug]/[award].astro',
	'src/pages/educators/[slug]/portfolio.json.ts',
	'src/pages/educators/[slug]/transcript.csv.ts',
]);

/**
 * Where Astro compiled the prerender bundle: `.prerender/` in the output folder, or in `.astro/`
 * of the working folder when the output is outside it (Astro's `getOutDirWithinCwd`, not public API).
 */
function prerenderBundleDir(outDir: URL): string {
	const out = fileURLToPath(outDir);
	const dir = path.join(out.startsWith(process.cwd()) ? out : path.join(process.cwd(), '.astro'), '.prerender');
	if (!existsSync(dir)) {
		throw new Error(`credfolio:educator-pages found no prerender bundle at ${dir}, so it cannot tell whether stored pages are current. A new Astro may keep it elsewhere: update prerenderBundleDir in src/integrations/educator-pages.ts, or build with EDUCATOR_PAGES=astro meanwhile.`);
	}
	return dir;
}

export interface EducatorPagesOptions {
	/** Stored educator pages, outside the output so they survive between builds. */
	cacheDir?: string;
}

/**
 * Renders the educator routes (portfolio, award pages, `portfolio.json`, `transcript.csv`) outside
 * Astro's generate loop. They are the same routes, rendered by Astro's own prerenderer with the
 * same styles and scripts, byte for byte (tests/build/educator-pages.test.ts); but Astro keeps a
 * record of every file it generates (its output URL, its name for `astro:build:done`, with
 * incremental builds an entry and a copy of the file), which at a million awards costs gigabytes.
 * Here each file is written and forgotten, and an unchanged one (same `cacheKey`, same compiled
 * code) is hard-linked from the page store instead of rendered. The catalog pages stay with Astro.
 * Files written here are not in `astro:build:done`'s `pages`; the sitemap lists them from the model.
 */
export function educatorPages(options: EducatorPagesOptions = {}): AstroIntegration {
	const { cacheDir = path.join(process.env['CACHE_DIR'] ?? '.cache', 'pages') } = options;
	let outDir: URL | undefined;
	let origin = 'http://localhost:4321';
	let base = '/';
	return {
		name: 'credfolio:educator-pages',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (config.build.format !== 'directory') throw new Error(`credfolio:educator-pages writes pages as <path>/index.html and needs build.format 'directory', not '${config.build.format}'. Set it back in astro.config.mjs.`);
				outDir = config.outDir;
				origin = config.site ? new URL(config.site).origin : `http://localhost:${config.server.port}`;
				base = config.base;
			},
			'astro:routes:resolved': ({ routes }) => {
				const missing = [...EDUCATOR_ROUTES].filter((component) => !routes.some((route) => route.entrypoint === component));
				if (missing.length > 0) {
					throw new Error(`credfolio:educator-pages renders ${missing.join(', ')}, but there is no such route. If a route moved, update EDUCATOR_ROUTES in src/integrations/educator-pages.ts.`);
				}
			},
			'astro:build:start': ({ setPrerenderer, logger }) => {
				// Astro's own loop renders them instead: the reference the byte-for-byte test compares against.
				if (process.env['EDUCATOR_PAGES'] === 'astro') return;
				setPrerenderer((astro) => ({
					...astro,
					name: 'credfolio:educator-pages',
					async getStaticPaths() {
						const ours: PathWithRoute[] = [];
						const rest: PathWithRoute[] = [];
						for (const entry of await astro.getStaticPaths()) (EDUCATOR_ROUTES.has(entry.route.component) ? ours : rest).push(entry);
						if (!outDir) throw new Error('credfolio:educator-pages: the build started before its configuration was read.');
						const target = outDir;
						await measurePhase('educator-pages', async () => {
							const store = openPageStore(cacheDir);
							const counts = await renderPages(ours, {
								render: astro.render,
								outDir: target,
								origin,
								base,
								store,
								codeDigest: await codeDigest(prerenderBundleDir(target)),
							});
							const pruned = await store.prune();
							recordCount('educator_pages.rendered', counts.rendered);
							recordCount('educator_pages.reused', counts.reused);
							logger.info(`educator pages: ${counts.rendered} rendered, ${counts.reused} reused from the page store, ${pruned} stale pages pruned`);
						});
						return rest;
					},
				}));
			},
		},
	};
}
