import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { extractPngAssertion } from '../../src/openbadges/bake-png.ts';
import { extractSvgAssertion } from '../../src/openbadges/bake-svg.ts';
import { readPngChunks } from '../../src/openbadges/png-chunks.ts';
import { launchBrowser, openSitePage } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The first award page whose assertion is valid (not revoked) in the built site. */
async function findValidAwardPage(): Promise<{ urlPath: string; assertion: string }> {
	const sitemap = await readFile(path.join(distDir, 'sitemap.xml'), 'utf8');
	for (const [, url] of sitemap.matchAll(/<loc>([^<]*\/educators\/[^/]+\/(aw-[^/]+)\/)<\/loc>/g)) {
		const awardId = url!.split('/').at(-2)!;
		const assertion = await readFile(path.join(distDir, 'ob/assertions', `${awardId}.json`), 'utf8').catch(() => undefined);
		if (assertion && !JSON.parse(assertion).revoked && !JSON.parse(assertion).expires) {
			return { urlPath: new URL(url!).pathname.replace(new URL(baseUrl).pathname, ''), assertion };
		}
	}
	throw new Error('No award with a valid, non-expiring assertion in the built site.');
}

test('"Download badge" bakes the published assertion into the badge PNG in the browser', async () => {
	const { urlPath, assertion } = await findValidAwardPage();
	const page = await openSitePage(browser, baseUrl, urlPath);
	try {
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download badge (PNG)' }).click()]);
		const bytes = new Uint8Array(await readFile((await download.path())!));
		expect(extractPngAssertion(bytes)).toBe(assertion);
		expect(readPngChunks(bytes).filter((chunk) => chunk.type === 'iTXt')).toHaveLength(1);
		expect((await sharp(bytes).metadata()).width).toBe(600);
	} finally {
		await page.context().close();
	}
});

test('"Download badge (SVG)" embeds the assertion with its verify URL', async () => {
	const { urlPath, assertion } = await findValidAwardPage();
	const page = await openSitePage(browser, baseUrl, urlPath);
	try {
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download badge (SVG)' }).click()]);
		const svg = await readFile((await download.path())!, 'utf8');
		const baked = extractSvgAssertion(svg);
		expect(baked?.assertion).toBe(assertion);
		expect(baked?.verify).toBe(JSON.parse(assertion).id);
	} finally {
		await page.context().close();
	}
});

test('a revoked award says so, offers no badge, and its assertion file is the revoked document', async () => {
	const sitemap = await readFile(path.join(distDir, 'sitemap.xml'), 'utf8');
	for (const [, url] of sitemap.matchAll(/<loc>([^<]*\/educators\/[^/]+\/(aw-[^/]+)\/)<\/loc>/g)) {
		const awardId = url!.split('/').at(-2)!;
		const file = await readFile(path.join(distDir, 'ob/assertions', `${awardId}.json`), 'utf8').catch(() => undefined);
		if (!file || !JSON.parse(file).revoked) continue;
		expect(Object.keys(JSON.parse(file)).sort()).toEqual(['@context', 'id', 'revocationReason', 'revoked', 'type']);
		const page = await openSitePage(browser, baseUrl, new URL(url!).pathname.replace(new URL(baseUrl).pathname, ''));
		try {
			expect(await page.getByRole('status').first().textContent()).toContain('revoked');
			expect(await page.getByRole('button', { name: /Download badge/ }).count()).toBe(0);
		} finally {
			await page.context().close();
		}
		return;
	}
	throw new Error('The demo export has no public revoked award to test.');
});
