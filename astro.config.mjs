// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { evidenceFiles } from './src/integrations/evidence-files.ts';
import images from './src/integrations/images.ts';
import { openBadges } from './src/integrations/open-badges.ts';
import { openBadges3 } from './src/integrations/open-badges-3.ts';
import { publishAtomically } from './src/integrations/publish.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemap } from './src/integrations/sitemap.ts';

export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	// Order matters: Open Badges links (and may bake) the badge images; publishing must come last.
	integrations: [mdx(), images(), evidenceFiles(), openBadges(), openBadges3(), sitemap(), searchIndex(), publishAtomically()],
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
