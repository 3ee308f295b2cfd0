import { escapeXml } from '../feeds/xml.ts';

/** The sitemap protocol's limit per file (https://www.sitemaps.org/protocol.html#index). */
export const maxUrlsPerSitemap = 50_000;

/** One file of the sitemap, by its path from the site root. */
export interface SitemapFile {
	path: string;
	text: string;
}

const urlset = (urls: readonly string[]) =>
	`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`).join('\n')}\n</urlset>\n`;

/**
 * `sitemap.xml` is what robots.txt and every page link to. Up to the protocol's limit it lists the
 * URLs itself; above it, it becomes a sitemap index of `sitemap-1.xml`, `sitemap-2.xml`, …, each
 * within the limit, so the address search engines know never changes as a site grows.
 */
export function* sitemapFiles(urls: readonly string[], siteRoot: URL, limit = maxUrlsPerSitemap): Generator<SitemapFile> {
	if (urls.length <= limit) {
		yield { path: 'sitemap.xml', text: urlset(urls) };
		return;
	}
	const parts = Math.ceil(urls.length / limit);
	for (let part = 1; part <= parts; part++) yield { path: `sitemap-${part}.xml`, text: urlset(urls.slice((part - 1) * limit, part * limit)) };
	const entries = Array.from({ length: parts }, (_, index) => `  <sitemap><loc>${escapeXml(new URL(`sitemap-${index + 1}.xml`, siteRoot).href)}</loc></sitemap>`);
	yield { path: 'sitemap.xml', text: `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n` };
}
