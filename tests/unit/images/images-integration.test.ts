import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCatalog } from '../../../src/catalog/read-catalog.ts';
import imagesIntegration, { badgeImagePath, listImageJobs, ogImagePath, stackBadgeImagePath } from '../../../src/integrations/images.ts';
import { readPortfolioData } from '../../../src/integrations/site-data.ts';
import { loadFixtureCatalog, now, validExportDir } from '../export/support/export-fixture.ts';

const contentDir = 'tests/fixtures/catalog-min';
let folder: string;
let socialCards: string | undefined;

beforeEach(async () => {
	folder = await mkdtemp(path.join(tmpdir(), 'credfolio-integration-'));
	socialCards = process.env.SOCIAL_CARDS;
});
afterEach(async () => {
	if (socialCards === undefined) delete process.env.SOCIAL_CARDS;
	else process.env.SOCIAL_CARDS = socialCards;
	await rm(folder, { recursive: true, force: true });
});

/** The fixture catalog and the portfolios of the valid fixture export. */
async function loadFixtureSite() {
	const catalog = await loadFixtureCatalog();
	return { catalog, ...(await readPortfolioData(catalog, { EXPORT_PATH: validExportDir, BUILD_DATE: now.toISOString() })) };
}

/** Runs the build hook as Astro would, on a temporary output folder, and returns what it logged. */
async function runBuildDone(): Promise<string[]> {
	const messages: string[] = [];
	const logger = { info: (message: string) => messages.push(message), warn: () => {}, error: () => {}, debug: () => {} };
	const hook = imagesIntegration({ load: loadFixtureSite, cacheDir: path.join(folder, 'cache') }).hooks['astro:build:done']!;
	await hook({ dir: pathToFileURL(`${path.join(folder, 'dist')}/`), logger } as never);
	return messages;
}

const outputFile = (sitePath: string) => path.join(folder, 'dist', sitePath);

describe('image paths', () => {
	it('put badges and cards where pages link to them', () => {
		expect(badgeImagePath('wait-time')).toBe('/images/badges/wait-time.png');
		expect(stackBadgeImagePath('fap')).toBe('/images/badges/stacks/fap.png');
		expect(ogImagePath('credentials', 'wait-time')).toBe('/images/og/credentials/wait-time.png');
		expect(ogImagePath('stacks', 'fap')).toBe('/images/og/stacks/fap.png');
		expect(ogImagePath('portfolios', 'wang-fang')).toBe('/images/og/portfolios/wang-fang.png');
		expect(ogImagePath('awards', 'aw-004')).toBe('/images/og/awards/aw-004.png');
		expect(ogImagePath('default')).toBe('/images/og/default.png');
	});
});

describe('listImageJobs', () => {
	it('lists a badge and a card per credential and per stack, and the default card', async () => {
		const catalog = await readCatalog(contentDir);
		const jobs = listImageJobs(catalog, { siteName: 'Credfolio', tagline: 'Tagline' });
		expect(jobs.map((job) => job.path).sort()).toEqual(
			[
				...catalog.credentials.flatMap((entry) => [badgeImagePath(entry.id), ogImagePath('credentials', entry.id)]),
				...catalog.stacks.flatMap((entry) => [stackBadgeImagePath(entry.id), ogImagePath('stacks', entry.id)]),
				ogImagePath('default'),
			].sort(),
		);
	});

	it('draws a stack in its credentials’ focus-area colour with their hours and bonus', async () => {
		const catalog = await readCatalog(contentDir);
		const stack = listImageJobs(catalog, { siteName: 'Credfolio', tagline: 'Tagline' }).find((job) => job.template === 'stack-card');
		const [area] = catalog.focusAreas;
		const hours = catalog.credentials.reduce((sum, entry) => sum + entry.data.contactHours, 0) + catalog.stacks[0]!.data.bonusHours;
		expect(stack?.data).toMatchObject({ color: area!.data.color, hours: `${hours} contact hours`, requirement: `All ${catalog.credentials.length} credentials` });
	});
});

describe('images integration', () => {
	// Renders every image of the fixture twice: about 4.5 s on an idle machine, so Vitest's 5 s default fails it whenever the shared machine is busy.
	it('writes every badge and card of the catalog and the portfolios into the build output, and logs the counts', { timeout: 60_000 }, async () => {
		const { catalog, site } = await loadFixtureSite();
		const messages = await runBuildDone();
		const awards = site.portfolios.flatMap((portfolio) => portfolio.awards.filter((award) => award.status !== 'revoked'));
		const total = catalog.credentials.length * 2 + catalog.stacks.length * 2 + 1 + site.portfolios.length + awards.length;
		expect(messages).toEqual([`images: ${total} rendered, 0 reused from cache, 0 skipped`]);
		for (const entry of catalog.credentials) {
			expect(await sharp(outputFile(badgeImagePath(entry.id))).metadata()).toMatchObject({ format: 'png', width: 600, height: 600 });
			expect(await sharp(outputFile(ogImagePath('credentials', entry.id))).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
		}
		expect(await sharp(outputFile(stackBadgeImagePath(catalog.stacks[0]!.id))).metadata()).toMatchObject({ width: 600, height: 600 });
		expect(await sharp(outputFile(ogImagePath('default'))).metadata()).toMatchObject({ width: 1200, height: 630 });
		expect(await sharp(outputFile(ogImagePath('portfolios', 'wang-fang'))).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
		expect(await sharp(outputFile(ogImagePath('awards', 'aw-004'))).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
		await expect(sharp(outputFile(ogImagePath('awards', 'aw-003'))).metadata()).rejects.toThrow();

		expect(await runBuildDone()).toEqual([`images: 0 rendered, ${total} reused from cache, 0 skipped`]);
	});

	it('skips every social card, of the catalog and the portfolios, when SOCIAL_CARDS=off', async () => {
		const { catalog, site } = await loadFixtureSite();
		process.env.SOCIAL_CARDS = 'off';
		const badges = catalog.credentials.length + catalog.stacks.length;
		const awards = site.portfolios.flatMap((portfolio) => portfolio.awards.filter((award) => award.status !== 'revoked'));
		expect(await runBuildDone()).toEqual([`images: ${badges} rendered, 0 reused from cache, ${badges + 1 + site.portfolios.length + awards.length} skipped`]);
		await expect(sharp(outputFile(ogImagePath('default'))).metadata()).rejects.toThrow();
		await expect(sharp(outputFile(ogImagePath('portfolios', 'wang-fang'))).metadata()).rejects.toThrow();
	});
});
