import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

// Quiet, offline-friendly flags: CI machines have no GPU, often no user namespaces for the
// sandbox, and no network for Chromium's own update, sync and field-trial traffic.
const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * Starts the Chromium the global setup found (playwright-core ships no browser). Playwright gives
 * every launch a fresh temporary profile, so no test sees another's cookies or storage.
 */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: chromiumArgs });
}

/**
 * Opens `urlPath` of the served site in a new context whose requests to other origins are
 * refused, so a stray external resource fails fast instead of hanging an offline test run.
 */
export async function openSitePage(browser: Browser, baseUrl: string, urlPath: string): Promise<Page> {
	const siteOrigin = new URL(baseUrl).origin;
	const context = await browser.newContext();
	await context.route((url) => url.origin !== siteOrigin, (route) => route.abort('blockedbyclient'));
	const page = await context.newPage();
	await page.goto(new URL(urlPath, baseUrl).href, { waitUntil: 'load' });
	return page;
}
