import { createHash } from 'node:crypto';
import { readCardSettings } from '../images/card-settings.ts';
import { isDemoSigningKey } from '../openbadges/ob3/signing-keys.ts';
import { readObSettings } from '../openbadges/site/ob-settings.ts';
import { resolveSiteUrl } from '../site/site-url.ts';
import { catalogIndex } from './catalog.ts';
import { buildDate } from './portfolios.ts';

const hash = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Everything outside a page's own props that can change its markup: the whole catalog (titles,
 * hours, issuers reach every educator page), the build date and the settings that shape links,
 * cards and the Open Badges sentences. Coarse on purpose: a catalog edit re-renders every page,
 * which is rare; a missed input would publish a stale page, which warm-rebuild.test.ts catches.
 */
const siteDigest = hash(
	JSON.stringify({
		catalog: catalogIndex.catalog,
		buildDate: buildDate.toISOString(),
		siteUrl: resolveSiteUrl().url,
		basePath: process.env['BASE_PATH'] ?? '/',
		cards: readCardSettings(),
		openBadges: readObSettings(),
		demoSigningKey: isDemoSigningKey(process.env),
	}),
);

/**
 * The `cacheKey` the page store compares to reuse a page's earlier output
 * (src/integrations/educator-pages.ts): a digest of the site-wide inputs and of exactly the data
 * the page renders.
 */
export function pageCacheKey(pageData: unknown): string {
	return hash(siteDigest + JSON.stringify(pageData));
}

const portfolioKeys = new WeakMap<object, string>();

/**
 * The `cacheKey` of a portfolio's own files (its page, `portfolio.json`, `transcript.csv`), and the
 * portfolio part of each of its award pages' keys: serialised once per build, not once per route
 * and award that renders it.
 */
export function portfolioCacheKey(portfolio: object): string {
	let key = portfolioKeys.get(portfolio);
	if (key === undefined) portfolioKeys.set(portfolio, (key = pageCacheKey(portfolio)));
	return key;
}
