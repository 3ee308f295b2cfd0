import type { RSSOptions } from '@astrojs/rss';
import { escapeXml } from './xml.ts';

/** A credential as the feed lists it. */
export interface FeedEntry {
	title: string;
	/** Absolute URL of the credential page; doubles as the item's guid, so it is stable across builds. */
	url: string;
	/** When the credential (or its latest version) appeared: the item's date. */
	updated: Date;
	summary: string;
	category: string;
}

export interface CredentialFeed {
	title: string;
	description: string;
	/** Absolute URL of the feed document. */
	selfUrl: string;
	/** Absolute URL of the site's home page. */
	siteUrl: string;
	entries: FeedEntry[];
}

/**
 * The options @astrojs/rss renders as an RSS 2.0 feed, newest changes first. It carries no build
 * time, so unchanged content gives a byte-identical feed.
 */
export function credentialFeedOptions(feed: CredentialFeed): RSSOptions {
	const entries = [...feed.entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title));
	return {
		title: feed.title,
		description: feed.description,
		site: feed.siteUrl,
		trailingSlash: true,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		// RSS 2.0 has no self link; feed validators ask for Atom's.
		customData: `<atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/><language>en</language>`,
		items: entries.map((entry) => ({ title: entry.title, link: entry.url, pubDate: entry.updated, description: entry.summary, categories: [entry.category] })),
	};
}
