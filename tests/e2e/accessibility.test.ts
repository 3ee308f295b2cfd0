import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { auditAccessibility } from './support/axe-audit.ts';
import { launchBrowser, openSitePage } from './support/browser.ts';
import { discoverPageTypes } from './support/page-types.ts';

const baseUrl = inject('baseUrl');
const pageTypes = await discoverPageTypes(inject('distDir'));

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

test.for(pageTypes)('$type page (/$urlPath) has no WCAG A/AA violations', async ({ file, urlPath }) => {
	const page = await openSitePage(browser, baseUrl, urlPath);
	try {
		expect(await auditAccessibility(page, file)).toEqual([]);
	} finally {
		await page.context().close();
	}
});
