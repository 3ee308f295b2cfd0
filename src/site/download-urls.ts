import type { DownloadUrls } from '../model/portfolio-downloads.ts';
import { configuredSite } from './site-url.ts';
import { absoluteUrl, routes } from './urls.ts';

/** The absolute URLs a portfolio's downloads point at. */
export function downloadUrls(slug: string, site: URL | undefined): DownloadUrls {
	const origin = configuredSite(site);
	return {
		portfolio: absoluteUrl(routes.educator(slug), origin),
		award: (awardId) => absoluteUrl(routes.award(slug, awardId), origin),
		credential: (credentialId) => absoluteUrl(routes.credential(credentialId), origin),
	};
}
