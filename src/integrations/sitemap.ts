import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadSiteData } from '../data/read-site-data.ts';
import type { PortfolioSite } from '../model/build-portfolio-site.ts';
import { routes } from '../site/urls.ts';
import { sitemapFiles } from '../site/sitemap-files.ts';
import { measurePhase } from './build-metrics.ts';

export interface SitemapOptions {
	/** Where the portfolios come from; the build's shared loader unless a test supplies its own. */
	load?: () => Promise<{ site: PortfolioSite }>;
}

/**
 * Writes `sitemap.xml` (an index of numbered sitemaps above 50,000 URLs) from the HTML pages Astro
 * built and the educator pages of the model, leaving out the 404 page and every page of a portfolio
 * that is not public: the same rule by which those pages carry `noindex`, taken from the model
 * rather than from their HTML.
 */
export function sitemap(options: SitemapOptions = {}): AstroIntegration {
	const { load = loadSiteData } = options;
	let site: URL | undefined;
	return {
		name: 'credfolio:sitemap',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.base, config.site) : undefined;
			},
			'astro:build:done': async ({ dir, pages, logger }) => {
				await measurePhase('sitemap', async () => {
					if (!site) throw new Error('sitemap.xml needs the site URL: set SITE_URL (see README).');
					const root = site;
					const { portfolios } = (await load()).site;
					const hidden = new Set(portfolios.filter((portfolio) => portfolio.visibility !== 'public').map((portfolio) => routes.educator(portfolio.slug)));
					const portfolioOf = (pathname: string) => `/${pathname.split('/', 2).join('/')}/`;
					// Educator pages are written outside Astro's page list (src/integrations/educator-pages.ts).
					const educatorPages = portfolios
						.filter((portfolio) => portfolio.visibility === 'public')
						.flatMap((portfolio) => [routes.educator(portfolio.slug), ...portfolio.awards.map((award) => routes.award(portfolio.slug, award.awardId))].map((pathname) => pathname.slice(1)));
					// A Set: with EDUCATOR_PAGES=astro they are in Astro's list too.
					const urls = [...new Set([...pages.map(({ pathname }) => pathname), ...educatorPages])]
						// Endpoints (feed.xml, transcript.csv, portfolio.json) are files, not pages.
						.filter((pathname) => (pathname === '' || pathname.endsWith('/')) && pathname !== '404/')
						.filter((pathname) => !hidden.has(portfolioOf(pathname)))
						.map((pathname) => new URL(pathname, root).href)
						.sort();
					const outDir = fileURLToPath(dir);
					let files = 0;
					for (const file of sitemapFiles(urls, root)) {
						await writeFile(path.join(outDir, file.path), file.text);
						files += 1;
					}
					logger.info(`sitemap: ${urls.length} pages in ${files} file${files === 1 ? '' : 's'}`);
				});
			},
		},
	};
}
