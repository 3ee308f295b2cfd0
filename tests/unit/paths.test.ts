import { describe, expect, it } from 'vitest';
import { paths, siteUrls } from '../../src/paths.ts';

describe('site URLs', () => {
	it('prefix paths with the base path, at the root or under a sub-path', () => {
		expect(siteUrls({ site: 'https://badges.example.org', base: '/' }).href(paths.credential('wait-time'))).toBe('/credentials/wait-time/');
		expect(siteUrls({ site: 'https://badges.example.org', base: '/credfolio/' }).href(paths.credential('wait-time'))).toBe('/credfolio/credentials/wait-time/');
		expect(siteUrls({ site: 'https://badges.example.org', base: '/credfolio/' }).href(paths.home())).toBe('/credfolio/');
	});

	it('make absolute URLs on the configured site, and pass absolute URLs through', () => {
		const urls = siteUrls({ site: 'https://badges.example.org', base: '/catalog/' });
		expect(urls.url(paths.feed())).toBe('https://badges.example.org/catalog/feed.xml');
		expect(urls.url('https://elsewhere.example.org/a')).toBe('https://elsewhere.example.org/a');
	});
});
