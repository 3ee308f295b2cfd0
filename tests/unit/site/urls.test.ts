import { describe, expect, it } from 'vitest';
import { absoluteUrl, href, routes } from '../../../src/site/urls.ts';

describe('site URLs', () => {
	it('prefixes paths with the base path, at the root or under a sub-path', () => {
		expect(href(routes.credential('wait-time'), '/')).toBe('/credentials/wait-time/');
		expect(href(routes.credential('wait-time'), '/credfolio/')).toBe('/credfolio/credentials/wait-time/');
		expect(href(routes.home(), '/credfolio')).toBe('/credfolio/');
	});

	it('makes absolute URLs on the configured site', () => {
		expect(absoluteUrl(routes.feed(), 'https://badges.example.org', '/catalog/')).toBe('https://badges.example.org/catalog/feed.xml');
	});
});
