import { createHash } from 'node:crypto';
import type { SiteData } from './site-data.ts';

const hash = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The `cacheKey` the page store compares to reuse a page's earlier output
 * (src/stages/educator-pages.ts): a digest of the site-wide inputs (`pageDigest`: the whole catalog,
 * whose titles, hours and issuers reach every educator page, and every setting routes can read)
 * and of exactly the data the page renders. Coarse on purpose: a catalog edit re-renders every page,
 * which is rare; a missed input would publish a stale page, which warm-rebuild.test.ts catches.
 */
export function pageCacheKey(data: Pick<SiteData, 'pageDigest'>, pageData: unknown): string {
	return hash(data.pageDigest + JSON.stringify(pageData));
}

const portfolioKeys = new WeakMap<object, string>();

/**
 * The `cacheKey` of a portfolio's own files (its page, `portfolio.json`, `transcript.csv`), and the
 * portfolio part of each of its award pages' keys: serialised once per build, not once per route
 * and award that renders it. A portfolio object belongs to one reading of the site data.
 */
export function portfolioCacheKey(data: Pick<SiteData, 'pageDigest'>, portfolio: object): string {
	let key = portfolioKeys.get(portfolio);
	if (key === undefined) portfolioKeys.set(portfolio, (key = pageCacheKey(data, portfolio)));
	return key;
}
