// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { buildMetrics } from './src/integrations/build-metrics.ts';
import { buildSettings } from './src/integrations/build-settings.ts';
import { educatorPages } from './src/integrations/educator-pages.ts';
import { evidenceFiles } from './src/integrations/evidence-files.ts';
import images from './src/integrations/images.ts';
import { openBadges } from './src/integrations/open-badges.ts';
import { openBadges3 } from './src/integrations/open-badges-3.ts';
import { publishAtomically } from './src/integrations/publish.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { resolveSiteUrl } from './src/site/site-url.ts';

export default defineConfig({
	site: resolveSiteUrl().url,
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	// Order matters: settings are checked before anything is built; Open Badges links (and may bake)
	// the badge images; publishing must come last. Educator pages are rendered by educatorPages(),
	// which reuses unchanged ones by their cacheKey (src/data/page-cache-key.ts); the few dozen
	// catalog pages are rendered every time.
	integrations: [
		buildSettings(),
		buildMetrics(),
		mdx(),
		educatorPages(),
		images(),
		evidenceFiles(),
		openBadges(),
		openBadges3(),
		sitemap(),
		searchIndex(),
		publishAtomically(),
	],
	vite: {
		build: {
			rollupOptions: {
				onwarn(warning, warn) {
					// Harmless and printed once per MDX file: https://github.com/withastro/astro/issues/18087
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
