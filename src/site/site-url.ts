/** Where a build without SITE_URL points every absolute URL: the address of `astro preview`. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

export interface SiteUrl {
	/** The origin the site is published at, e.g. `https://badges.example.org`. */
	url: string;
	/** True when SITE_URL is unset and the local preview address stands in for it. */
	local: boolean;
}

/**
 * The one place that decides the site URL: SITE_URL, or the local preview address so a fresh
 * checkout builds. astro.config.mjs passes the result to `site`, so pages read it as `Astro.site`.
 */
export function resolveSiteUrl(env: Record<string, string | undefined> = process.env): SiteUrl {
	const value = env['SITE_URL']?.trim();
	if (!value) return { url: LOCAL_SITE_URL, local: true };
	let parsed: URL | undefined;
	try {
		parsed = new URL(value);
	} catch {
		parsed = undefined;
	}
	if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
		throw new Error(
			`environment: SITE_URL is ${JSON.stringify(value)}, which is not a web address; set it to the address the site is served from, e.g. SITE_URL=https://badges.example.org (see docs/deploy.md).`,
		);
	}
	return { url: value, local: false };
}

/** The warning a build without SITE_URL prints once. */
export const localSiteUrlWarning =
	`SITE_URL is not set, so every link, Open Badges assertion id, sitemap entry and feed entry points at ${LOCAL_SITE_URL}. ` +
	'That is right for `npm run preview`; to publish, set SITE_URL to the address the site is served from (see docs/deploy.md).';

/** `Astro.site`, which astro.config.mjs always sets from `resolveSiteUrl()`. */
export function configuredSite(site: URL | undefined): URL {
	if (site === undefined) throw new Error('Astro.site is not set: astro.config.mjs must set `site` from resolveSiteUrl() in src/site/site-url.ts.');
	return site;
}
