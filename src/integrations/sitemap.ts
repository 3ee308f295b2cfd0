import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { escapeXml } from '../feeds/xml.ts';
import { measurePhase } from './build-metrics.ts';

const noindexPattern = /<meta name="robots" content="[^"]*noindex/;

/**
 * Writes `sitemap.xml` from the pages Astro actually built, leaving out any page that asks not to
 * be indexed, so unlisted pages can never leak into it through a forgotten route list.
 */
export function sitemap(): AstroIntegration {
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
					const root = fileURLToPath(dir);
					const urls: string[] = [];
					for (const { pathname } of pages) {
						if (pathname === '404/' || pathname === '404') continue;
						const html = await readFile(`${root}/${pathname}index.html`, 'utf8').catch(() => undefined);
						if (html === undefined || noindexPattern.test(html)) continue;
						urls.push(new URL(pathname, site).href);
					}
					urls.sort();
					const body = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`).join('\n');
					await writeFile(`${root}/sitemap.xml`, `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`);
					logger.info(`sitemap: ${urls.length} pages`);
				});
			},
		},
	};
}
