import { badgeImagePath, stackBadgeImagePath } from '../images/image-paths.ts';
import { assertionPath, badgeClassPath, issuerPath, stackBadgeClassPath } from './ob-paths.ts';

/** Where the site is published: `site` is the origin, `base` the path the site lives under (Astro's `base`). */
export interface SiteLocation {
	site: string;
	base?: string;
}

/** Every public URL of an Open Badges file or badge image; ids of OB objects are these URLs. */
export interface ObUrls {
	/** Resolves a path relative to the site base (a leading `/` still means the base) or passes an absolute URL through. */
	page(pathOrUrl: string): string;
	issuer(issuerSlug: string): string;
	badge(credentialSlug: string): string;
	stackBadge(stackSlug: string): string;
	assertion(awardId: string): string;
	badgeImage(credentialSlug: string): string;
	stackBadgeImage(stackSlug: string): string;
}

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:/i;

export function createObUrls(location: SiteLocation): ObUrls {
	const site = new URL(location.site);
	if (site.protocol !== 'https:' && site.protocol !== 'http:') {
		throw new Error(`Site URL "${location.site}" is not an http(s) URL; Open Badges ids must be web addresses. Set SITE_URL to the address the site is served from, e.g. SITE_URL=https://badges.example.org (see docs/deploy.md).`);
	}
	const basePath = `/${(location.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
	const root = new URL(basePath, site.origin);
	const page = (pathOrUrl: string): string => {
		if (ABSOLUTE_URL.test(pathOrUrl)) return pathOrUrl;
		return new URL(pathOrUrl.replace(/^\/+/, ''), root).href;
	};
	// Badge images are wherever the images integration writes them; only the id needs encoding.
	const encoded = (slug: string): string => encodeURIComponent(slug);
	return {
		page,
		issuer: (slug) => page(issuerPath(slug)),
		badge: (slug) => page(badgeClassPath(slug)),
		stackBadge: (slug) => page(stackBadgeClassPath(slug)),
		assertion: (awardId) => page(assertionPath(awardId)),
		badgeImage: (slug) => page(badgeImagePath(encoded(slug))),
		stackBadgeImage: (slug) => page(stackBadgeImagePath(encoded(slug))),
	};
}
