import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { bakePng, extractPngText, PNG_KEYWORDS } from '../../src/openbadges/bake-png.ts';
import { auditAccessibility } from './support/axe-audit.ts';
import { launchBrowser } from './support/browser.ts';
import { readBuiltExport } from './support/demo-export.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

interface BuiltCredential {
	id: string;
	name: string;
	validUntil?: string;
	credentialSubject: { identifier?: unknown[] };
}

/** Where the site says it lives (SITE_URL + BASE_PATH): the root of its OB 3.0 ids. */
let siteRoot: string;
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
	const first = (await readdir(path.join(distDir, 'ob3/credentials'))).sort()[0]!;
	const { id } = JSON.parse(await readFile(path.join(distDir, 'ob3/credentials', first), 'utf8')) as BuiltCredential;
	siteRoot = id.slice(0, id.indexOf('ob3/credentials/'));
});
afterAll(() => browser?.close());

/**
 * Opens a page at the site's own address (its SITE_URL, e.g. http://localhost:4321/), answered by
 * the test server, so the credential, profile and status list are fetched from the URLs their ids
 * name, same-origin, as on the deployed site. Anything else is refused, proving the verifier
 * fetches nothing but the site's files.
 */
async function openAtSiteUrl(urlPath: string): Promise<{ page: Page; context: BrowserContext; requests: string[] }> {
	const context = await browser.newContext();
	const requests: string[] = [];
	await context.route('**/*', async (route) => {
		const url = route.request().url();
		if (!url.startsWith(siteRoot)) return route.abort('blockedbyclient');
		// What scripts fetch, as opposed to the page's own HTML, scripts, styles and images.
		if (['fetch', 'xhr'].includes(route.request().resourceType())) requests.push(url);
		return route.fulfill({ response: await route.fetch({ url: baseUrl + url.slice(siteRoot.length) }) });
	});
	const page = await context.newPage();
	await page.goto(siteRoot + urlPath, { waitUntil: 'load' });
	return { page, context, requests };
}

/** Late requests (the favicon) must not reach a route handler whose context is gone. */
async function closeContext(context: BrowserContext): Promise<void> {
	await context.unrouteAll({ behavior: 'ignoreErrors' });
	await context.close();
}

async function readResult(page: Page): Promise<{ verdict: string; checks: Record<string, { outcome: string; text: string }> }> {
	await page.locator('#verify-result[data-verdict]').waitFor({ timeout: 30_000 });
	const verdict = (await page.locator('#verify-result').getAttribute('data-verdict')) ?? '';
	const checks: Record<string, { outcome: string; text: string }> = {};
	for (const item of await page.locator('#verify-checks > li').all()) {
		checks[(await item.getAttribute('data-check')) ?? ''] = { outcome: (await item.getAttribute('data-outcome')) ?? '', text: (await item.textContent()) ?? '' };
	}
	return { verdict, checks };
}

/** Award pages of the built site with their credential, chosen by what the test needs. */
async function findAward(want: (credential: BuiltCredential, revoked: boolean) => boolean): Promise<{ urlPath: string; slug: string; credential: BuiltCredential; text: string }> {
	const sitemap = await readFile(path.join(distDir, 'sitemap.xml'), 'utf8');
	for (const [, url] of sitemap.matchAll(/<loc>([^<]*\/educators\/([^/]+)\/(aw-[^/]+)\/)<\/loc>/g)) {
		const [slug, awardId] = new URL(url!).pathname.split('/').filter(Boolean).slice(-2) as [string, string];
		const text = await readFile(path.join(distDir, 'ob3/credentials', `${awardId}.json`), 'utf8').catch(() => undefined);
		if (text === undefined) continue;
		const assertion = JSON.parse(await readFile(path.join(distDir, 'ob/assertions', `${awardId}.json`), 'utf8')) as { revoked?: boolean };
		const credential = JSON.parse(text) as BuiltCredential;
		if (want(credential, assertion.revoked === true)) return { urlPath: new URL(url!).pathname.slice(new URL(siteRoot).pathname.length), slug, credential, text };
	}
	throw new Error('The built site has no award of the kind this test needs.');
}

const isCurrent = (credential: BuiltCredential, revoked: boolean) => !revoked && credential.validUntil === undefined && (credential.credentialSubject.identifier?.length ?? 0) > 0;

async function emailOf(slug: string): Promise<string> {
	const built = await readBuiltExport();
	const educator = built.exported.educators.find((candidate) => built.slugs.get(candidate.educator_id) === slug);
	if (educator?.email === undefined) throw new Error(`No email for the educator of /educators/${slug}/.`);
	return educator.email;
}

/** Drops a file on the verifier form as a visitor dragging it from their desktop would. */
async function dropFile(page: Page, name: string, type: string, bytes: Uint8Array): Promise<void> {
	const transfer = await page.evaluateHandle(
		({ name, type, data }) => {
			const dataTransfer = new DataTransfer();
			dataTransfer.items.add(new File([new Uint8Array(data)], name, { type }));
			return dataTransfer;
		},
		{ name, type, data: Array.from(bytes) },
	);
	await page.locator('#verify-form').dispatchEvent('drop', { dataTransfer: transfer });
}

test('a baked OB 3.0 badge from an award page, dropped on /verify/, passes every check', async () => {
	const award = await findAward(isCurrent);
	const { page, context, requests } = await openAtSiteUrl(award.urlPath);
	try {
		await expect(page.getByText('Demo credentials - not for real use').first().isVisible()).resolves.toBe(true);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download credential badge (PNG)' }).click()]);
		const png = new Uint8Array(await readFile((await download.path())!));
		expect(extractPngText(png, PNG_KEYWORDS.ob3)).toBe(award.text);
		requests.length = 0;

		await page.goto(`${siteRoot}verify/`);
		await page.getByLabel('Holder\'s email address').fill(await emailOf(award.slug));
		await dropFile(page, 'badge.png', 'image/png', png);
		const result = await readResult(page);
		expect(Object.fromEntries(Object.entries(result.checks).map(([id, item]) => [id, item.outcome]))).toEqual({
			format: 'pass',
			signature: 'pass',
			key: 'pass',
			issuer: 'pass',
			status: 'pass',
			dates: 'pass',
			schema: 'pass',
			recipient: 'pass',
		});
		expect(result.verdict).toBe('pass');
		// Only the issuer profile and the status list, once each: the credential came in the file.
		expect(requests.map((url) => url.slice(siteRoot.length).replace(/[^/]+\.json$/, '*')).sort()).toEqual(['ob3/issuers/*', 'ob3/status/*']);
		// Focus moves to the result, so keyboard and screen-reader users land on it.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('verify-result-heading');
		console.info(`verify page: one credential verified in ${await page.locator('#verify-result').getAttribute('data-milliseconds')} ms in the browser`);
	} finally {
		await closeContext(context);
	}
});

test('a baked OB 2.0 badge from an award page, dropped on /verify/, is checked as a hosted badge', async () => {
	const award = await findAward(isCurrent);
	const { page, context } = await openAtSiteUrl(award.urlPath);
	try {
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download badge (SVG)' }).click()]);
		const svg = new Uint8Array(await readFile((await download.path())!));
		await page.goto(`${siteRoot}verify/`);
		await page.getByLabel('Holder\'s email address').fill(await emailOf(award.slug));
		await dropFile(page, 'badge.svg', 'image/svg+xml', svg);
		const result = await readResult(page);
		expect(Object.fromEntries(Object.entries(result.checks).map(([id, item]) => [id, item.outcome]))).toEqual({
			format: 'pass',
			signature: 'skip',
			key: 'pass',
			issuer: 'pass',
			status: 'pass',
			dates: 'pass',
			schema: 'pass',
			recipient: 'pass',
		});
		expect(await page.locator('#verify-subject').textContent()).toContain('Open Badges 2.0');
	} finally {
		await closeContext(context);
	}
});

test('a portfolio\'s "Download all my credentials" file, dropped on /verify/, gets a checklist per credential', async () => {
	const award = await findAward((_, revoked) => revoked);
	const file = await readFile(path.join(distDir, 'educators', award.slug, 'credentials.json'));
	const held = (JSON.parse(file.toString('utf8')) as { verifiableCredential: BuiltCredential[] }).verifiableCredential;
	const { page, context } = await openAtSiteUrl('verify/');
	try {
		await dropFile(page, 'credentials.json', 'application/json', new Uint8Array(file));
		await page.locator('#verify-result[data-verdict]').waitFor({ timeout: 60_000 });
		const groups = page.locator('#verify-checks > li.credential-group');
		expect(await groups.count()).toBe(held.length);
		expect(await page.locator('#verify-result').getAttribute('data-verdict')).toBe('fail');
		const revoked = groups.filter({ hasText: award.credential.name }).filter({ has: page.locator('[data-check="status"][data-outcome="fail"]') });
		expect(await revoked.count()).toBeGreaterThan(0);
		expect(await page.locator('#verify-checks h4').count()).toBe(held.length * 8);
	} finally {
		await closeContext(context);
	}
});

test('a tampered copy of a baked badge fails the signature check', async () => {
	const award = await findAward(isCurrent);
	const { page, context } = await openAtSiteUrl('verify/');
	try {
		const badges = path.join(distDir, 'images/badges');
		const png = new Uint8Array(await readFile(path.join(badges, (await readdir(badges)).find((name) => name.endsWith('.png'))!)));
		const tampered = JSON.stringify({ ...(JSON.parse(award.text) as object), name: `${award.credential.name} (with honours)` });
		// Chosen with the file input, the keyboard user's way in.
		await page.locator('#verify-file').setInputFiles({ name: 'tampered.png', mimeType: 'image/png', buffer: Buffer.from(bakePng(png, tampered, PNG_KEYWORDS.ob3)) });
		const result = await readResult(page);
		expect(result.checks['signature']?.outcome).toBe('fail');
		expect(result.checks['signature']?.text).toContain('changed after it was signed');
		expect(result.verdict).toBe('fail');
		// The page's own axe gate sees it empty; the checklist it renders must pass too, failures and details included.
		expect(await auditAccessibility(page, path.join(distDir, 'verify/index.html'))).toEqual([]);
	} finally {
		await closeContext(context);
	}
});

test('a revoked award\'s credential, opened from its award page link, shows revoked', async () => {
	const award = await findAward((_, revoked) => revoked);
	const { page, context } = await openAtSiteUrl(award.urlPath);
	try {
		await page.getByRole('link', { name: 'Verify this credential' }).click();
		const result = await readResult(page);
		expect(result.checks['status']?.outcome).toBe('fail');
		expect(result.checks['status']?.text).toContain('revoked');
		expect(result.checks['signature']?.outcome).toBe('pass');
	} finally {
		await closeContext(context);
	}
});

test('an expired award\'s credential shows expired', async () => {
	const award = await findAward((credential, revoked) => !revoked && credential.validUntil !== undefined && new Date(credential.validUntil) < new Date());
	const { page, context } = await openAtSiteUrl(`verify/?url=${encodeURIComponent(award.credential.id)}`);
	try {
		const result = await readResult(page);
		expect(result.checks['dates']?.outcome).toBe('fail');
		expect(result.checks['dates']?.text).toContain('expired');
		expect(result.checks['signature']?.outcome).toBe('pass');
	} finally {
		await closeContext(context);
	}
});

test('on a phone-sized screen the form and the checklist fit without sideways scrolling', async () => {
	const award = await findAward((_, revoked) => revoked);
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
	try {
		await context.route('**/*', async (route) => {
			const url = route.request().url();
			if (!url.startsWith(siteRoot)) return route.abort('blockedbyclient');
			return route.fulfill({ response: await route.fetch({ url: baseUrl + url.slice(siteRoot.length) }) });
		});
		const page = await context.newPage();
		await page.goto(`${siteRoot}verify/?url=${encodeURIComponent(award.credential.id)}`);
		await readResult(page);
		const overflowing = await page.evaluate(() => [...document.querySelectorAll('main *')].filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}`));
		expect(overflowing).toEqual([]);
	} finally {
		await closeContext(context);
	}
});

test('over plain http on another host, the page says the checks need https', async () => {
	const context = await browser.newContext();
	try {
		await context.route('**/*', async (route) => {
			const url = new URL(route.request().url());
			if (url.origin !== 'http://credfolio.test') return route.abort('blockedbyclient');
			return route.fulfill({ response: await route.fetch({ url: baseUrl + url.pathname.slice(new URL(siteRoot).pathname.length) + url.search }) });
		});
		const page = await context.newPage();
		await page.goto(`http://credfolio.test${new URL(siteRoot).pathname}verify/`);
		await expect(page.locator('#verify-insecure').isVisible()).resolves.toBe(true);
	} finally {
		await closeContext(context);
	}
});
