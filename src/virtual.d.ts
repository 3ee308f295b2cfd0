declare module 'virtual:credfolio/settings' {
	/** The build's page settings (src/settings/settings.ts, `toPageSettings`), frozen. */
	export const settings: import('./settings/settings.ts').PageSettings;
	/** A site path with the base path in front, for links within the site (src/paths.ts). */
	export const href: import('./paths.ts').SiteUrls['href'];
	/** The absolute URL of a site path (src/paths.ts). */
	export const url: import('./paths.ts').SiteUrls['url'];
}

declare module 'virtual:credfolio/content' {
	/** The catalog folder (CONTENT_PATH), for the content collections. */
	export const contentPath: string;
}
