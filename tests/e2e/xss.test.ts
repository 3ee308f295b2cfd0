import { evidenceFilePath } from '../../src/paths.ts';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildSite, projectRoot } from '../support/astro-build.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readCatalog } from '../../src/catalog/read-catalog.ts';
import type { SiteData } from '../../src/data/site-data.ts';
import { fixtureSiteData } from '../support/run-stage.ts';
import type { Portfolio, PortfolioAward, PortfolioEvidence } from '../../src/model/portfolio.ts';
import { launchBrowser, openSitePage } from './support/browser.ts';
import { resolveBasePath } from './support/site-location.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

// The refusal of `javascript:` and `data:` evidence URLs is unit-tested with its exact message in
// tests/unit/export/validation-rules.test.ts (and for JSON exports in json-export.test.ts); this
// file covers what reaches the pages: every text field of an export full of payloads.

const root = projectRoot;
/** Every educator, award and evidence text field of this export carries payloads that set `window.__xss`. */
const fixture = path.join(root, 'tests/fixtures/exports/xss');
const env = { EXPORT_PATH: fixture, CONTENT_PATH: path.join(root, 'content'), BUILD_DATE: '2026-06-01' };

let outParent: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
let data: SiteData;
/** What went wrong on the current page beyond the checks below: dialogs, script errors, navigation. */
let incidents: string[] = [];

beforeAll(async () => {
	outParent = await makeTempDir('credfolio-xss-');
	const outDir = path.join(outParent, 'dist');
	const built = await buildSite(outDir, env);
	if (!built.ok) throw new Error(`The XSS fixture export did not build:\n${built.output}`);
	data = await fixtureSiteData(await readCatalog(env.CONTENT_PATH), env);
	server = await startStaticServer({ root: outDir, basePath: resolveBasePath() });
	browser = await launchBrowser();
	page = await openSitePage(browser, server.url, '');
	page.on('dialog', (dialog) => {
		incidents.push(`opened a ${dialog.type()} dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('pageerror', (error) => incidents.push(`threw ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') incidents.push(`logged ${message.text()}`);
	});
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Collapses whitespace the way rendering does, so `pre-line` text and one-line source compare equal. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Loads `urlPath` and returns what a visitor would find injected: a set flag, handlers, script URLs, payload elements. */
async function visit(urlPath: string): Promise<string[]> {
	incidents = [];
	const url = new URL(urlPath, server.url).href;
	const response = await page.goto(url, { waitUntil: 'load' });
	expect(response?.status(), urlPath).toBe(200);
	const injected = await page.evaluate(() => {
		const found: string[] = [];
		if ((window as { __xss?: unknown }).__xss !== undefined) found.push('a payload ran: window.__xss is set');
		for (const element of document.querySelectorAll('*')) {
			for (const attribute of element.attributes) {
				if (attribute.name.startsWith('on')) found.push(`<${element.localName}> has an inline handler ${attribute.name}="${attribute.value}"`);
				if (/^\s*(javascript|data):/i.test(attribute.value) && ['href', 'src', 'action', 'formaction', 'srcdoc'].includes(attribute.name)) found.push(`<${element.localName}> ${attribute.name} is a script URL`);
			}
		}
		for (const element of document.querySelectorAll('iframe, math, base, meta[http-equiv], img[src="x"]')) found.push(`a <${element.localName}> element from a payload`);
		for (const script of document.querySelectorAll('script')) if (script.textContent?.includes('__xss')) found.push('a <script> holding a payload');
		return found;
	});
	if (page.url() !== url) incidents.push(`navigated away to ${page.url()}`);
	return [...injected, ...incidents];
}

async function bodyText(): Promise<string> {
	return squash(await page.locator('body').innerText());
}

/** The untrusted text a portfolio page shows. */
function portfolioTexts(portfolio: Portfolio): string[] {
	return [portfolio.name, portfolio.role, portfolio.school, portfolio.district?.name, portfolio.bio].filter((text) => text !== undefined);
}

/** The untrusted text an award page shows; withheld evidence keeps its title. */
function awardTexts(award: PortfolioAward): string[] {
	const evidence = award.evidence.flatMap((item) => [item.title, item.visibility === 'public' ? item.description : undefined]);
	return [award.reviewer, award.reflection, ...evidence].filter((text) => text !== undefined);
}

/** Where a piece of evidence should link, resolved as the browser resolves it: its own URL, or the housed copy beside the award. */
function listEvidenceLinks(portfolio: Portfolio, award: PortfolioAward, item: PortfolioEvidence): string[] {
	if (item.visibility === 'withheld') return [];
	if (item.file) return [new URL(`${resolveBasePath()}${evidenceFilePath(portfolio.slug, award.awardId, item.file).slice(1)}`, server.url).href];
	return item.url ? [new URL(item.url).href] : [];
}

describe('earner text is rendered as text, never as markup', () => {
	test('the fixture reaches every page kind with payloads', () => {
		expect(data.site.portfolios.length).toBe(data.exported.educators.length);
		expect(data.site.portfolios.some((portfolio) => portfolio.visibility === 'unlisted')).toBe(true);
		expect(data.site.districts.length).toBeGreaterThan(1);
		expect(JSON.stringify(data.exported)).toContain('window.__xss=1');
		expect(data.exported.evidence.some((item) => item.file !== undefined)).toBe(true);
	});

	test('portfolio pages run no payload and show each field as typed', async () => {
		for (const portfolio of data.site.portfolios) {
			const urlPath = `educators/${portfolio.slug}/`;
			expect(await visit(urlPath), urlPath).toEqual([]);
			expect(await page.title()).toBe(`${portfolio.name}: educator portfolio · Credfolio`);
			const text = await bodyText();
			for (const field of portfolioTexts(portfolio)) expect(text, urlPath).toContain(squash(field));
		}
	});

	test('award pages run no payload, show each field as typed and link evidence to its exact URL', async () => {
		for (const portfolio of data.site.portfolios) {
			for (const award of portfolio.awards) {
				const urlPath = `educators/${portfolio.slug}/${award.awardId}/`;
				expect(await visit(urlPath), urlPath).toEqual([]);
				const text = await bodyText();
				for (const field of [portfolio.name, ...awardTexts(award)]) expect(text, urlPath).toContain(squash(field));
				const hrefs = await page.locator('.evidence a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
				expect(hrefs).toEqual(award.evidence.flatMap((item) => listEvidenceLinks(portfolio, award, item)));
			}
		}
	});

	test('district pages and credential holder lists run no payload and show names as typed', async () => {
		expect(await visit('districts/'), 'districts/').toEqual([]);
		const index = await bodyText();
		for (const district of data.site.districts) expect(index).toContain(squash(district.name));
		for (const district of data.site.districts) {
			const urlPath = `districts/${district.slug}/`;
			expect(await visit(urlPath), urlPath).toEqual([]);
			const text = await bodyText();
			for (const educator of district.educators) expect(text, urlPath).toContain(squash(educator.name));
		}
		for (const [credentialId, holders] of data.site.holders) {
			const urlPath = `credentials/${credentialId}/`;
			expect(await visit(urlPath), urlPath).toEqual([]);
			const text = await bodyText();
			for (const holder of holders.slice(0, 60)) expect(text, urlPath).toContain(squash(holder.name));
		}
	});
});
