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
	feed: () => '/feed.xml',
};

/** Prefixes a site path with the configured base path (`BASE_PATH`), e.g. `/credfolio/credentials/x/`. */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
	return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** The absolute URL of a site path, for canonical links, feeds and Open Graph tags. */
export function absoluteUrl(path: string, site: URL | string, base: string = import.meta.env.BASE_URL): string {
	return new URL(href(path, base), site).href;
}
