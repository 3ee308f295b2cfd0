import { describe, expect, test } from 'vitest';
import { sitemapFiles } from '../../../src/site/sitemap-files.ts';

const root = new URL('https://badges.example.edu/credfolio/');
const urls = (count: number) => Array.from({ length: count }, (_, n) => new URL(`educators/e${n}/`, root).href);

describe('sitemap files', () => {
	test('up to the limit, sitemap.xml lists every URL itself', () => {
		const files = [...sitemapFiles(urls(3), root, 3)];
		expect(files.map((file) => file.path)).toEqual(['sitemap.xml']);
		expect(files[0]!.text).toContain('<urlset');
		expect(files[0]!.text.match(/<loc>/g)).toHaveLength(3);
	});

	test('above the limit, sitemap.xml is an index of numbered sitemaps, none over the limit', () => {
		const files = [...sitemapFiles(urls(7), root, 3)];
		expect(files.map((file) => file.path)).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
		expect(files.slice(0, 3).map((file) => file.text.match(/<loc>/g)?.length)).toEqual([3, 3, 1]);
		const index = files.at(-1)!.text;
		expect(index).toContain('<sitemapindex');
		expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc)).toEqual([
			'https://badges.example.edu/credfolio/sitemap-1.xml',
			'https://badges.example.edu/credfolio/sitemap-2.xml',
			'https://badges.example.edu/credfolio/sitemap-3.xml',
		]);
	});

	test('escapes URLs for XML', () => {
		const [file] = [...sitemapFiles(['https://badges.example.edu/search/?q=a&b'], root)];
		expect(file!.text).toContain('<loc>https://badges.example.edu/search/?q=a&#38;b</loc>');
	});
});
