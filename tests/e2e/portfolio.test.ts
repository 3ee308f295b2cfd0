import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Portfolio, PortfolioAward, PortfolioEvidence } from '../../src/model/portfolio.ts';
import { launchBrowser, openSitePage } from './support/browser.ts';
import { lookUpContentType } from './support/content-types.ts';
import { listUniquelyPrivateEducators, readBuiltExport, type BuiltExport } from './support/demo-export.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
let browser: Browser;
let built: BuiltExport;
beforeAll(async () => {
	[browser, built] = await Promise.all([launchBrowser(), readBuiltExport()]);
});
afterAll(() => browser?.close());

type PublicEvidence = Extract<PortfolioEvidence, { visibility: 'public' }>;

interface Subject {
	portfolio: Portfolio;
	award: PortfolioAward;
	evidence: PublicEvidence;
}

/** The first public award (in slug order) whose public evidence passes `wanted`, on a portfolio where its credential title names one link. */
function findSubject(wanted: (evidence: PublicEvidence) => boolean): Subject {
	for (const portfolio of built.site.portfolios) {
		if (portfolio.visibility !== 'public') continue;
		for (const award of portfolio.awards) {
			const unique = portfolio.awards.filter((other) => other.credentialTitle === award.credentialTitle).length === 1;
			const evidence = award.evidence.find((item): item is PublicEvidence => item.visibility === 'public' && wanted(item));
			if (unique && evidence) return { portfolio, award, evidence };
		}
	}
	throw new Error('The demo export has no public award with such evidence; regenerate it with npm run generate:export.');
}

function findPortfolio(visibility: Portfolio['visibility']): Portfolio {
	const found = built.site.portfolios.find((portfolio) => portfolio.visibility === visibility && portfolio.awards.length > 0);
	if (!found) throw new Error(`The demo export has no ${visibility} educator with an award; the portfolio tests need one.`);
	return found;
}

async function withPage<T>(urlPath: string, use: (page: Page) => Promise<T>): Promise<T> {
	const page = await openSitePage(browser, baseUrl, urlPath);
	try {
		return await use(page);
	} finally {
		await page.context().close();
	}
}

/** On the open portfolio, follows the subject award's link in the badge grid to the award page. */
async function followAwardLink(page: Page, { portfolio, award }: Subject): Promise<void> {
	expect(await page.locator('h1').textContent()).toBe(portfolio.name);
	const link = page.locator('.badges').getByRole('link', { name: award.credentialTitle, exact: true });
	await Promise.all([page.waitForURL(`**/educators/${portfolio.slug}/${award.awardId}/`), link.click()]);
	expect(await page.locator('h1').textContent()).toBe(award.credentialTitle);
}

async function listHtmlFiles(): Promise<string[]> {
	return (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith('.html')).map((file) => path.join(distDir, file));
}

describe('a public portfolio', () => {
	test('links to its award, whose housed evidence file answers with the file itself', async () => {
		const subject = findSubject((item) => item.file !== undefined);
		await withPage(`educators/${subject.portfolio.slug}/`, async (page) => {
			await followAwardLink(page, subject);
			const link = page.locator('.evidence').getByRole('link', { name: subject.evidence.title, exact: true }).first();
			const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
			expect(response.status(), `${subject.evidence.file} of award ${subject.award.awardId}`).toBe(200);
			expect(response.headers()['content-type']).toBe(lookUpContentType(subject.evidence.file!));
			expect(Buffer.compare(await response.body(), await readFile(path.join(built.exported.folder, subject.evidence.file!)))).toBe(0);
		});
	});

	test('says in words where the award\'s credential and assertion are published', async () => {
		const subject = findSubject(() => true);
		await withPage(`educators/${subject.portfolio.slug}/${subject.award.awardId}/`, async (page) => {
			const sentence = page.getByRole('region', { name: 'Open Badge' }).locator('p').first();
			expect(await sentence.innerText()).toMatch(
				/ credential, published at https?:\/\/\S+\/ob3\/credentials\/[^/\s]+\.json, and a standard Open Badges 2\.0 badge, whose assertion is published at https?:\/\/\S+\/ob\/assertions\/[^/\s]+\.json\.$/,
			);
		});
	});

	test('links external evidence to its own address', async () => {
		const subject = findSubject((item) => item.file === undefined && item.url !== undefined);
		await withPage(`educators/${subject.portfolio.slug}/`, async (page) => {
			await followAwardLink(page, subject);
			const link = page.locator('.evidence').getByRole('link', { name: subject.evidence.title, exact: true }).first();
			expect(await link.getAttribute('href')).toBe(subject.evidence.url);
		});
	});

	test('prints as a transcript: navigation hidden, badges and hour ledger shown', async () => {
		const portfolio = findPortfolio('public');
		await withPage(`educators/${portfolio.slug}/`, async (page) => {
			await page.emulateMedia({ media: 'print' });
			expect(await page.locator('.site-header nav').isVisible()).toBe(false);
			expect(await page.getByRole('button', { name: 'Print transcript' }).isVisible()).toBe(false);
			expect(await page.locator('.badges').isVisible()).toBe(true);
			expect(await page.getByRole('region', { name: 'Contact-hour ledger' }).isVisible()).toBe(true);
			const pdf = await page.pdf({ format: 'A4' });
			expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
		});
	});
});

describe('an unlisted portfolio', () => {
	test('asks search engines not to index its portfolio and award pages', async () => {
		const portfolio = findPortfolio('unlisted');
		for (const urlPath of [`educators/${portfolio.slug}/`, `educators/${portfolio.slug}/${portfolio.awards[0]!.awardId}/`]) {
			await withPage(urlPath, async (page) => {
				expect(await page.locator('h1').count()).toBe(1);
				expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
			});
		}
	});

	test('is absent from sitemap.xml, district pages and every other page', async () => {
		const portfolio = findPortfolio('unlisted');
		const sitemap = await readFile(path.join(distDir, 'sitemap.xml'), 'utf8');
		expect(sitemap).toContain(`/educators/${findPortfolio('public').slug}/`);
		expect(sitemap).not.toContain(`/educators/${portfolio.slug}/`);
		const ownPages = path.join(distDir, 'educators', portfolio.slug) + path.sep;
		const linking: string[] = [];
		for (const file of await listHtmlFiles()) {
			if (file.startsWith(ownPages)) continue;
			if ((await readFile(file, 'utf8')).includes(`/educators/${portfolio.slug}/`)) linking.push(path.relative(distDir, file));
		}
		expect(linking).toEqual([]);
	});
});

describe('search', () => {
	async function searchFor(page: Page, term: string): Promise<{ href: string; meta: string }[]> {
		await page.locator('#search-facets fieldset').first().waitFor();
		await page.fill('#search-input', term);
		await page.press('#search-input', 'Enter');
		await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 10_000 }).toContain(`for “${term}”`);
		return page.locator('#search-results li').evaluateAll((items) =>
			items.map((item) => ({ href: item.querySelector('h3 a')?.getAttribute('href') ?? '', meta: item.querySelector('.meta')?.textContent ?? '' })),
		);
	}

	test('finds a public educator by name, labelled "Educator"', async () => {
		const portfolio = findPortfolio('public');
		await withPage('search/', async (page) => {
			const results = await searchFor(page, portfolio.name);
			const found = results.find((result) => result.href.endsWith(`/educators/${portfolio.slug}/`));
			expect(found, JSON.stringify(results)).toBeDefined();
			expect(found!.meta.startsWith('Educator')).toBe(true);
		});
	});

	test('finds no unlisted educator by name', async () => {
		const portfolio = findPortfolio('unlisted');
		await withPage('search/', async (page) => {
			const results = await searchFor(page, portfolio.name);
			expect(results.filter((result) => result.href.includes(`/educators/${portfolio.slug}/`))).toEqual([]);
		});
	});

	test('the Type facet separates educators from credentials', async () => {
		const counts = { Educator: built.site.portfolios.filter((portfolio) => portfolio.visibility === 'public').length, Credential: built.catalog.credentials.length };
		const sections = { Educator: '/educators/', Credential: '/credentials/' };
		await withPage('search/', async (page) => {
			const types = page.getByRole('group', { name: 'Type', exact: true });
			const resultLinks = () => page.locator('#search-results h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
			await types.waitFor();
			for (const type of ['Educator', 'Credential'] as const) {
				expect(await types.locator('label', { has: page.locator(`input[value="${type}"]`) }).textContent()).toBe(`${type}(${counts[type]})`);
				for (const checked of await types.locator('input:checked').all()) await checked.uncheck();
				await types.locator(`input[value="${type}"]`).check();
				// Only the chosen type's section, and as many results as the page shows of it.
				await expect
					.poll(resultLinks, { timeout: 10_000 })
					.toSatisfy((links: string[]) => links.length === Math.min(counts[type], 20) && links.every((link) => link.includes(sections[type])));
			}
		});
	});
});

describe('a private educator', () => {
	test('has no portfolio, award pages or downloads: their would-be addresses answer 404 without their name', async () => {
		const [educator] = listUniquelyPrivateEducators(built);
		if (!educator) throw new Error('The demo export has no private educator with a name of their own; the privacy tests need one.');
		const slug = built.slugs.get(educator.educator_id)!;
		const awardPages = built.exported.awards.filter((award) => award.educator_id === educator.educator_id).map((award) => `educators/${slug}/${award.award_id}/`);
		for (const urlPath of [`educators/${slug}/`, ...awardPages, `educators/${slug}/portfolio.json`, `educators/${slug}/transcript.csv`]) {
			const response = await fetch(new URL(urlPath, baseUrl));
			expect(response.status, urlPath).toBe(404);
			expect(await response.text()).not.toContain(educator.name);
		}
	});
});
