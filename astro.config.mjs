// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import credfolio from './src/index.ts';

// Everything else (site, base, output format, the build stages) is set by credfolio() from its
// options and the environment: see README, "Configuration".
export default defineConfig({
	integrations: [mdx(), credfolio()],
});
