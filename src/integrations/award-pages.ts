import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, PathWithRoute } from 'astro';
import { codeDigest } from '../prerender/code-digest.ts';
import { openPageStore } from '../prerender/page-store.ts';
import { renderPages } from '../prerender/render-pages.ts';
import { measurePhase, recordCount } from './build-metrics.ts';

/** The route of award pages: nine in ten of a state's pages. */
export const AWARD_ROUTE = 'src/pages/educators/[slug]/[award].astro';

/**
 * Where Astro compiled the prerender bundle: `.prerender/` in the output folder, or in `.astro/`
 * of the working folder when the output is outside it (Astro's `getOutDirWithinCwd`, not public API).
 */
function prerenderBundleDir(outDir: URL): string {
	const out = fileURLToPath(outDir);
	return path.join(out.startsWith(process.cwd()) ? out : path.join(process.cwd(), '.astro'), '.prerender');
}

export interface AwardPagesOptions {
	/** Stored award pages, outside the output so they survive between builds. */
	cacheDir?: string;
}

/**
 * Renders the award pages outside Astro's generate loop. They are the same route, rendered by
 * Astro's own prerenderer with the same styles and scripts, byte for byte (tests/build checks);
 * but Astro keeps a record of every page it generates (its output URL, its name for the
 * `astro:build:done` hook, its incremental-build entry and a copy of the page), which at a
 * million awards costs gigabytes. Here each page is written and forgotten, and an unchanged page
 * (same `cacheKey`, same compiled code) is hard-linked from the page store instead of rendered.
 * The rest of the site stays with Astro. Pages written here are not in `astro:build:done`'s
 * `pages`; the sitemap lists them from the model.
 */
export function awardPages(options: AwardPagesOptions = {}): AstroIntegration {
	const { cacheDir = path.join(process.env['CACHE_DIR'] ?? '.cache', 'pages') } = options;
	let outDir: URL | undefined;
	let origin = 'http://localhost:4321';
	let base = '/';
	return {
		name: 'credfolio:award-pages',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (config.build.format !== 'directory') throw new Error(`credfolio:award-pages writes award pages as <path>/index.html and needs build.format 'directory', not '${config.build.format}'. Set it back in astro.config.mjs.`);
				outDir = config.outDir;
				origin = config.site ? new URL(config.site).origin : `http://localhost:${config.server.port}`;
				base = config.base;
			},
			'astro:routes:resolved': ({ routes }) => {
				if (!routes.some((route) => route.entrypoint === AWARD_ROUTE)) {
					throw new Error(`credfolio:award-pages renders ${AWARD_ROUTE}, but there is no such route. If award pages moved, update AWARD_ROUTE in src/integrations/award-pages.ts.`);
				}
			},
			'astro:build:start': ({ setPrerenderer, logger }) => {
				// Astro's own loop renders them instead: the reference the byte-for-byte test compares against.
				if (process.env['AWARD_PAGES'] === 'astro') return;
				setPrerenderer((astro) => ({
					...astro,
					name: 'credfolio:award-pages',
					async getStaticPaths() {
						const all = await astro.getStaticPaths();
						const awards: PathWithRoute[] = [];
						const rest: PathWithRoute[] = [];
						for (const entry of all) (entry.route.component === AWARD_ROUTE ? awards : rest).push(entry);
						if (!outDir) throw new Error('credfolio:award-pages: the build started before its configuration was read.');
						const target = outDir;
						await measurePhase('award-pages', async () => {
							const store = openPageStore(cacheDir);
							const counts = await renderPages(awards, {
								render: astro.render,
								outDir: target,
								origin,
								base,
								store,
								codeDigest: await codeDigest(prerenderBundleDir(target)),
							});
							const pruned = await store.prune();
							recordCount('award_pages.rendered', counts.rendered);
							recordCount('award_pages.reused', counts.reused);
							logger.info(`award pages: ${counts.rendered} rendered, ${counts.reused} reused from the page store, ${pruned} stale pages pruned`);
						});
						return rest;
					},
				}));
			},
		},
	};
}
