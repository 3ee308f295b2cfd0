import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openSitePage } from './support/browser.ts';
import { findUniqueWord, readBuiltCatalog } from './support/demo-catalog.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page | undefined;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openSearch(query = ''): Promise<Page> {
	await page?.context().close();
	page = await openSitePage(browser, baseUrl, `search/${query}`);
	await page.locator('#search-facets fieldset').first().waitFor();
	return page;
}

const resultTitles = (current: Page) => current.locator('#search-results h3 a').allTextContents();

describe('search', () => {
	test('finds a credential by a word that only its overview contains', async () => {
		const { word, title } = await findUniqueWord();
		const current = await openSearch();
		await current.fill('#search-input', word);
		await expect.poll(() => resultTitles(current), { timeout: 10_000 }).toEqual([title]);
		await expect.poll(() => current.locator('#search-status').textContent()).toContain('1 result');
	});

	test('the focus-area facet narrows results to that area', async () => {
		const catalog = await readBuiltCatalog();
		const area = catalog.focusAreas[0]!;
		const inArea = catalog.credentials.filter((entry) => entry.data.focusArea === area.id).map((entry) => entry.data.title).sort();
		const current = await openSearch('?sort=hours:asc');
		await expect.poll(async () => (await resultTitles(current)).length).toBe(Math.min(catalog.credentials.length, 20));
		await current.getByRole('group', { name: 'Focus area' }).getByLabel(area.data.name).check();
		await expect.poll(async () => (await resultTitles(current)).sort(), { timeout: 10_000 }).toEqual(inArea);
		expect(current.url()).toContain('f.Focus+area=');
	});

	test('sorting by contact hours orders results by hours', async () => {
		const current = await openSearch('?sort=hours:desc');
		await expect.poll(async () => (await resultTitles(current)).length).toBeGreaterThan(1);
		const hours = (await current.locator('#search-results .meta').allTextContents()).map((text) => Number(/(\d+(?:\.\d+)?) contact hours/.exec(text)?.[1]));
		expect(hours.every((value) => Number.isFinite(value))).toBe(true);
		expect(hours).toEqual([...hours].sort((a, b) => b - a));
	});

	test('works from the keyboard alone: type, submit, reach a result, open it', async () => {
		const { word, title, credentialId } = await findUniqueWord();
		const current = await openSearch();
		await current.keyboard.press('Tab');
		await expect.poll(() => current.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
		await current.keyboard.press('Enter');
		let guard = 0;
		while ((await current.evaluate(() => document.activeElement?.id)) !== 'search-input' && guard++ < 10) await current.keyboard.press('Tab');
		await current.keyboard.type(word);
		await current.keyboard.press('Enter');
		await expect.poll(() => resultTitles(current), { timeout: 10_000 }).toEqual([title]);
		guard = 0;
		while ((await current.evaluate(() => document.activeElement?.textContent)) !== title && guard++ < 200) await current.keyboard.press('Tab');
		await Promise.all([current.waitForURL(`**/credentials/${credentialId}/`), current.keyboard.press('Enter')]);
		await expect.poll(() => current.locator('h1').textContent()).toBe(title);
	});

	test('the home page search box hands its query to the search page', async () => {
		const { word, title } = await findUniqueWord();
		await page?.context().close();
		page = await openSitePage(browser, baseUrl, '');
		await page.fill('#home-search', word);
		await Promise.all([page.waitForURL('**/search/?q=*'), page.press('#home-search', 'Enter')]);
		const current = page;
		await expect.poll(() => resultTitles(current), { timeout: 10_000 }).toEqual([title]);
	});
});
