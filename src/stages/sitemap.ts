import { paths } from '../paths.ts';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sitemapFiles } from '../site/sitemap-files.ts';
import type { Stage } from './context.ts';

/**
 * Writes `sitemap.xml` (an index of numbered sitemaps above 50,000 URLs) from the HTML pages Astro
 * built and the educator pages of the model, leaving out the 404 page and every page of a portfolio
 * that is not public: the same rule by which those pages carry `noindex`, taken from the model
 * rather than from their HTML.
 */
export const sitemapStage: Stage = {
	name: 'sitemap',
	async run({ settings, data, logger, outDir, astroPages }) {
		const root = new URL(settings.location.base, settings.location.site);
		const { portfolios } = (await data()).site;
		const hidden = new Set(portfolios.filter((portfolio) => portfolio.visibility !== 'public').map((portfolio) => paths.educator(portfolio.slug)));
		const portfolioOf = (pathname: string) => `/${pathname.split('/', 2).join('/')}/`;
		// Educator pages are written outside Astro's page list (src/stages/educator-pages.ts).
		const educatorPages = portfolios
			.filter((portfolio) => portfolio.visibility === 'public')
			.flatMap((portfolio) => [paths.educator(portfolio.slug), ...portfolio.awards.map((award) => paths.award(portfolio.slug, award.awardId))].map((pathname) => pathname.slice(1)));
		// A Set: with EDUCATOR_PAGES=astro they are in Astro's list too.
		const urls = [...new Set([...astroPages.map(({ pathname }) => pathname), ...educatorPages])]
			// Endpoints (feed.xml, transcript.csv, portfolio.json) are files, not pages.
			.filter((pathname) => (pathname === '' || pathname.endsWith('/')) && pathname !== '404/')
			.filter((pathname) => !hidden.has(portfolioOf(pathname)))
			.map((pathname) => new URL(pathname, root).href)
			.sort();
		let files = 0;
		for (const file of sitemapFiles(urls, root)) {
			await writeFile(path.join(outDir, file.path), file.text);
			files += 1;
		}
		logger.info(`sitemap: ${urls.length} pages in ${files} file${files === 1 ? '' : 's'}`);
	},
};
