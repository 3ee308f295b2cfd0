import { escapeXml } from './xml.ts';

/** One entry of an Atom feed. */
export interface AtomEntry {
	title: string;
	/** Absolute URL; doubles as the entry id so it is stable across builds. */
	url: string;
	published: Date;
	updated: Date;
	summary: string;
	category?: string;
}

/** The feed itself; `updated` is the newest entry's date so unchanged content gives a byte-identical feed. */
export interface AtomFeed {
	title: string;
	subtitle: string;
	/** Absolute URL of the feed document. */
	selfUrl: string;
	/** Absolute URL of the site. */
	siteUrl: string;
	entries: AtomEntry[];
}

/** Renders an Atom 1.0 document (RFC 4287), newest updates first. */
export function renderAtomFeed(feed: AtomFeed): string {
	const entries = [...feed.entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title));
	const updated = entries[0]?.updated ?? new Date(0);
	const body = entries.map(
		(entry) => `  <entry>
    <title>${escapeXml(entry.title)}</title>
    <id>${escapeXml(entry.url)}</id>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
    <published>${entry.published.toISOString()}</published>
    <updated>${entry.updated.toISOString()}</updated>
    <summary>${escapeXml(entry.summary)}</summary>${entry.category ? `\n    <category term="${escapeXml(entry.category)}"/>` : ''}
  </entry>`,
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <id>${escapeXml(feed.siteUrl)}</id>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>Credfolio</name></author>
${body.join('\n')}
</feed>
`;
}
