/// <reference path="./virtual.d.ts" />
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, ViteUserConfig } from 'astro';
import { createSiteDataOwner, readSiteData, registerSiteDataOwner, type SiteDataOwner } from './data/site-data.ts';
import { watchInputs } from './dev/watch-inputs.ts';
import { localSiteUrlWarning, readSettings, type CredfolioOptions, type Settings } from './settings/settings.ts';
import { settingsModule } from './settings/virtual-module.ts';
import type { Stage, StageContext } from './stages/context.ts';
import { checkEducatorRoutes, educatorPrerenderer } from './stages/educator-pages.ts';
import { evidenceStage } from './stages/evidence.ts';
import { imagesStage } from './stages/images.ts';
import { createMetrics, type Metrics } from './stages/metrics.ts';
import { openBadges3Stage } from './stages/open-badges-3.ts';
import { openBadgesStage } from './stages/open-badges.ts';
import { preparePublication, type Publication } from './stages/publish.ts';
import { searchStage } from './stages/search.ts';
import { sitemapStage } from './stages/sitemap.ts';

export type { CredfolioOptions } from './settings/settings.ts';

/**
 * The stages of `astro:build:done`, in the one order that works: the Open Badges stages link (and
 * may bake) the badge images; the sitemap and the search index read the finished pages; publishing
 * (after these) swaps the whole build into place.
 */
export const buildStages: readonly Stage[] = [imagesStage, evidenceStage, openBadgesStage, openBadges3Stage(), sitemapStage, searchStage];

type RollupOptions = NonNullable<NonNullable<NonNullable<ViteUserConfig['build']>['rolldownOptions']>>;
type Warning = { code?: string; message: string };

/**
 * Vite 8 still calls `onwarn` though its types leave it out. The warning is harmless and printed once
 * per MDX file: https://github.com/withastro/astro/issues/18087
 */
const quietMdxDirectives = {
	onwarn(warning: Warning, warn: (warning: Warning) => void) {
		if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
		warn(warning);
	},
} as unknown as RollupOptions;

/**
 * Credfolio as one Astro integration: `integrations: [mdx(), credfolio()]`. It reads the settings
 * once (options here, secrets and per-deploy values from the environment), sets the site, base and
 * output format the routes are written for, serves the page settings to routes as
 * `virtual:credfolio/settings`, owns the site data (read once per build; in `astro dev`, again after
 * an input changes), renders the educator pages outside Astro's loop, and runs the build stages in
 * order, sharing one context.
 */
export default function credfolio(options: CredfolioOptions = {}): AstroIntegration {
	let settings: Readonly<Settings> | undefined;
	let metrics: Metrics | undefined;
	let owner: SiteDataOwner | undefined;
	let publication: Publication | undefined;
	let outDir: URL | undefined;
	let origin = '';
	let pagesPhase: { end(): void } | undefined;
	const ready = () => {
		if (!settings || !metrics || !owner) throw new Error('credfolio: a build hook ran before astro:config:setup.');
		return { settings, metrics, owner };
	};

	return {
		name: 'credfolio',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, logger }) => {
				settings = readSettings(options);
				metrics = createMetrics(settings.metricsFile);
				owner = createSiteDataOwner(() => readSiteData(settings!, fileURLToPath(config.root)), metrics);
				registerSiteDataOwner(owner);
				if (command === 'build' && settings.localSite) logger.warn(localSiteUrlWarning);
				if (command === 'build') publication = preparePublication(config.outDir, config.cacheDir);
				updateConfig({
					site: settings.location.site,
					base: settings.location.base,
					// Every route is written as <path>/index.html and linked with a trailing slash (src/site/urls.ts).
					trailingSlash: 'always',
					build: { format: 'directory' },
					...(publication ? { outDir: publication.stagingDir } : {}),
					vite: {
						plugins: [settingsModule(settings), watchInputs(settings, owner)],
						build: { rolldownOptions: quietMdxDirectives },
					},
				});
			},
			'astro:config:done': ({ config }) => {
				if (config.build.format !== 'directory') throw new Error(`credfolio writes pages as <path>/index.html and needs build.format 'directory', not '${config.build.format}'. Remove the build.format setting from astro.config.mjs.`);
				outDir = config.outDir;
				origin = new URL(ready().settings.location.site).origin;
			},
			'astro:routes:resolved': ({ routes }) => checkEducatorRoutes(routes),
			'astro:build:start': ({ setPrerenderer, logger }) => {
				const { settings, metrics } = ready();
				pagesPhase = metrics.start('pages');
				// With EDUCATOR_PAGES=astro, Astro's own loop renders them: the reference the byte-for-byte test compares against.
				if (settings.educatorPages === 'astro' || !outDir) return;
				setPrerenderer(educatorPrerenderer({ settings, metrics, logger: logger.fork('credfolio:educator-pages'), outDir, origin, base: settings.location.base }));
			},
			'astro:build:generated': () => pagesPhase?.end(),
			'astro:build:done': async ({ dir, pages, logger }) => {
				const { settings, metrics, owner } = ready();
				const shared: Omit<StageContext, 'logger'> = { settings, metrics, data: () => owner.current(), outDir: fileURLToPath(dir), astroPages: pages };
				for (const stage of buildStages) {
					await metrics.measure(stage.name, () => stage.run({ ...shared, logger: logger.fork(`credfolio:${stage.name}`) }));
				}
				await publication?.publish(logger.fork('credfolio:publish'));
			},
		},
	};
}
