import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { credentialFeedOptions } from '../../../src/feeds/credential-feed.ts';

const entry = (title: string, updated: string) => ({
	title,
	url: `https://example.org/base/credentials/${title.toLowerCase()}/`,
	updated: new Date(updated),
	summary: `About <${title}> & more`,
	category: 'Questioning',
});

describe('the credential feed', () => {
	it('is RSS 2.0 with a self link, newest changes first, text escaped, and no build time', async () => {
		const xml = await getRssString(
			credentialFeedOptions({
				title: 'Feed',
				description: 'Sub',
				selfUrl: 'https://example.org/base/feed.xml',
				siteUrl: 'https://example.org/base/',
				entries: [entry('Old', '2024-02-01T00:00:00Z'), entry('New', '2025-03-01T00:00:00Z')],
			}),
		);
		expect(xml).toBe(
			'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>' +
				'<title>Feed</title><description>Sub</description><link>https://example.org/base/</link>' +
				'<atom:link href="https://example.org/base/feed.xml" rel="self" type="application/rss+xml"/><language>en</language>' +
				'<item><title>New</title><link>https://example.org/base/credentials/new/</link><guid isPermaLink="true">https://example.org/base/credentials/new/</guid>' +
				'<description>About &lt;New&gt; &amp; more</description><pubDate>Sat, 01 Mar 2025 00:00:00 GMT</pubDate><category>Questioning</category></item>' +
				'<item><title>Old</title><link>https://example.org/base/credentials/old/</link><guid isPermaLink="true">https://example.org/base/credentials/old/</guid>' +
				'<description>About &lt;Old&gt; &amp; more</description><pubDate>Thu, 01 Feb 2024 00:00:00 GMT</pubDate><category>Questioning</category></item>' +
				'</channel></rss>',
		);
	});
});
