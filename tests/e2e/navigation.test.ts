import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser, openSitePage } from './support/browser.ts';
import { readBuiltCatalog } from './support/demo-catalog.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

test('focus area -> credential -> stack -> back to a credential, by following links', async () => {
	const catalog = await readBuiltCatalog();
	const stack = catalog.stacks[0]!;
	const credential = catalog.credentials.find((entry) => entry.id === stack.data.credentials[0])!;
	const area = catalog.focusAreas.find((entry) => entry.id === credential.data.focusArea)!;
	const page = await openSitePage(browser, baseUrl, '');
	try {
		await Promise.all([page.waitForURL(`**/focus-areas/${area.id}/`), page.getByRole('link', { name: area.data.name, exact: true }).first().click()]);
		expect(await page.locator('h1').textContent()).toBe(area.data.name);
		await Promise.all([page.waitForURL(`**/credentials/${credential.id}/`), page.getByRole('link', { name: credential.data.title, exact: true }).first().click()]);
		expect(await page.locator('h1').textContent()).toBe(credential.data.title);
		const stacks = page.getByRole('region', { name: 'Part of these stacks' });
		await Promise.all([page.waitForURL(`**/stacks/${stack.id}/`), stacks.getByRole('link', { name: stack.data.title }).click()]);
		expect(await page.locator('h1').textContent()).toBe(stack.data.title);
		const steps = await page.locator('ol.steps h3').allTextContents();
		expect(steps).toEqual(stack.data.credentials.map((id) => catalog.credentials.find((entry) => entry.id === id)!.data.title));
	} finally {
		await page.context().close();
	}
});

test('the credential page renders every section and the rubric as a table with headers', async () => {
	const catalog = await readBuiltCatalog();
	const credential = catalog.credentials[0]!;
	const page = await openSitePage(browser, baseUrl, `credentials/${credential.id}/`);
	try {
		const headings = await page.locator('main h2').allTextContents();
		for (const section of ['Key method', 'Overview', 'Research and resources', 'Rubric', 'Evidence to submit', 'Contact hours and recognition', 'How to earn it']) {
			expect(headings).toContain(section);
		}
		const table = page.locator('table.rubric');
		expect(await table.locator('thead th').allTextContents()).toHaveLength(credential.data.rubric.levels.length + 1);
		expect(await table.locator('tbody th[scope=row]').allTextContents()).toEqual(credential.data.rubric.criteria.map((criterion) => criterion.name));
	} finally {
		await page.context().close();
	}
});

test('print layout hides navigation and the call to action', async () => {
	const catalog = await readBuiltCatalog();
	const page = await openSitePage(browser, baseUrl, `credentials/${catalog.credentials[0]!.id}/`);
	try {
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-header nav').isVisible()).toBe(false);
		expect(await page.locator('.site-footer').isVisible()).toBe(false);
		expect(await page.locator('table.rubric').isVisible()).toBe(true);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
	} finally {
		await page.context().close();
	}
});

test('the 404 page is noindex and claims no address of its own', async () => {
	const page = await openSitePage(browser, baseUrl, 'no-such-page/');
	try {
		expect(await page.locator('h1').textContent()).toBe('Page not found');
		expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
		expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
		expect(await page.locator('meta[property="og:url"]').count()).toBe(0);
	} finally {
		await page.context().close();
	}
});
