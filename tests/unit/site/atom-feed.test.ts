import { describe, expect, it } from 'vitest';
import { renderAtomFeed } from '../../../src/feeds/atom.ts';

describe('Atom feed', () => {
	const entry = (title: string, updated: string) => ({
		title,
		url: `https://example.org/credentials/${title.toLowerCase()}/`,
		published: new Date('2024-01-01T00:00:00Z'),
		updated: new Date(updated),
		summary: `About <${title}> & more`,
	});

	it('orders entries newest first, escapes text, and dates the feed by its newest entry', () => {
		const xml = renderAtomFeed({
			title: 'Feed',
			subtitle: 'Sub',
			selfUrl: 'https://example.org/feed.xml',
			siteUrl: 'https://example.org/',
			entries: [entry('Old', '2024-02-01T00:00:00Z'), entry('New', '2025-03-01T00:00:00Z')],
		});
		expect(xml.indexOf('<title>New</title>')).toBeLessThan(xml.indexOf('<title>Old</title>'));
		expect(xml).toContain('<summary>About &#60;New&#62; &#38; more</summary>');
		expect(xml).toMatch(/<\/author>\n[\s\S]*<updated>2025-03-01T00:00:00.000Z<\/updated>/);
		expect(xml.split('\n').find((line) => line.startsWith('  <updated>'))).toBe('  <updated>2025-03-01T00:00:00.000Z</updated>');
	});
});
