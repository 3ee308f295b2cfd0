/** Site paths without the base path; `href` adds it. One place so links cannot drift from routes. */
export const routes = {
	home: () => '/',
	focusAreas: () => '/focus-areas/',
	focusArea: (id: string) => `/focus-areas/${id}/`,
	credentials: () => '/credentials/',
	credential: (id: string) => `/credentials/${id}/`,
	stacks: () => '/stacks/',
	stack: (id: string) => `/stacks/${id}/`,
	issuers: () => '/issuers/',
	issuer: (id: string) => `/issuers/${id}/`,
	search: () => '/search/',
	educator: (slug: string) => `/educators/${slug}/`,
	award: (slug: string, awardId: string) => `/educators/${slug}/${awardId}/`,
	/** Public evidence files are housed beside their award, so they outlive the reviewing platform. */
	evidenceFile: (slug: string, awardId: string, fileName: string) => `/educators/${slug}/${awardId}/files/${fileName}`,
	portfolioJson: (slug: string) => `/educators/${slug}/portfolio.json`,
	transcriptCsv: (slug: string) => `/educators/${slug}/transcript.csv`,
	districts: () => '/districts/',
	district: (slug: string) => `/districts/${slug}/`,
	feed: () => '/feed.xml',
	/** The in-browser verifier; `url` pre-fills it with a credential's address. */
	verify: (url?: string) => (url === undefined ? '/verify/' : `/verify/?url=${encodeURIComponent(url)}`),
};

/**
 * The routes whose pages may be searchable (BaseLayout's `searchable`): credentials and portfolios.
 * The search index reads only their built pages, not the award pages that are most of a large site;
 * tests/e2e/search-index-coverage.test.ts fails if a built page with `data-pagefind-body` is elsewhere.
 */
export const searchableRoutes = [routes.credential('*'), routes.educator('*')];

/** Pagefind's glob, relative to the built site, for the pages of `searchableRoutes`. */
export const searchablePagesGlob = `{${searchableRoutes.map((route) => `${route.replace(/^\//, '')}index.html`).join(',')}}`;

/** Prefixes a site path with the configured base path (`BASE_PATH`), e.g. `/credfolio/credentials/x/`. */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
	return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** The absolute URL of a site path, for canonical links, feeds and Open Graph tags. */
export function absoluteUrl(path: string, site: URL | string, base: string = import.meta.env.BASE_URL): string {
	return new URL(href(path, base), site).href;
}
