import { paths } from '../../../src/paths.ts';
import path from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { readCatalog } from '../../../src/catalog/read-catalog.ts';
import { listImageJobs } from '../../../src/images/list-image-jobs.ts';
import { imagesStage } from '../../../src/stages/images.ts';
import { loadSiteDataOf, runStage, testSettings } from '../../support/run-stage.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { loadFixtureCatalog, now, validExportDir } from '../export/support/export-fixture.ts';

const contentDir = 'tests/fixtures/catalog-min';
let folder: string;

beforeEach(async () => {
	folder = await makeTempDir('credfolio-images-');
});

/** Runs the stage as a build would, into one output folder and one cache, with these settings; returns what it logged. */
async function runImages(env: Record<string, string> = {}): Promise<string[]> {
	const settings = await testSettings({ BUILD_DATE: now.toISOString(), CACHE_DIR: path.join(folder, 'cache'), ...env });
	const run = await runStage(imagesStage, { settings, data: await loadSiteDataOf(await loadFixtureCatalog(), validExportDir, settings), outDir: path.join(folder, 'dist') });
	return run.info;
}

/** The fixture catalog and the portfolios of the valid fixture export. */
async function loadFixtureSite() {
	return loadSiteDataOf(await loadFixtureCatalog(), validExportDir, await testSettings({ BUILD_DATE: now.toISOString() }));
}

const outputFile = (sitePath: string) => path.join(folder, 'dist', sitePath);

describe('image paths', () => {
	it('put badges and cards where pages link to them', () => {
		expect(paths.badgeImage('wait-time')).toBe('/images/badges/wait-time.png');
		expect(paths.stackBadgeImage('fap')).toBe('/images/badges/stacks/fap.png');
		expect(paths.socialCard('credentials', 'wait-time')).toBe('/images/og/credentials/wait-time.png');
		expect(paths.socialCard('stacks', 'fap')).toBe('/images/og/stacks/fap.png');
		expect(paths.socialCard('portfolios', 'wang-fang')).toBe('/images/og/portfolios/wang-fang.png');
		expect(paths.socialCard('awards', 'aw-004')).toBe('/images/og/awards/aw-004.png');
		expect(paths.socialCard('default')).toBe('/images/og/default.png');
	});
});

describe('listImageJobs', () => {
	it('lists a badge and a card per credential and per stack, and the default card', async () => {
		const catalog = await readCatalog(contentDir);
		const jobs = listImageJobs(catalog, { siteName: 'Credfolio', tagline: 'Tagline' });
		expect(jobs.map((job) => job.path).sort()).toEqual(
			[
				...catalog.credentials.flatMap((entry) => [paths.badgeImage(entry.id), paths.socialCard('credentials', entry.id)]),
				...catalog.stacks.flatMap((entry) => [paths.stackBadgeImage(entry.id), paths.socialCard('stacks', entry.id)]),
				paths.socialCard('default'),
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

describe('images stage', () => {
	it('writes every badge and card of the catalog and the portfolios, and with AWARD_CARDS=personal a card per award, and logs the counts', async () => {
		const { catalog, site } = await loadFixtureSite();
		const messages = await runImages({ AWARD_CARDS: 'personal' });
		const awards = site.portfolios.flatMap((portfolio) => portfolio.awards.filter((award) => award.status !== 'revoked'));
		const total = catalog.credentials.length * 2 + catalog.stacks.length * 2 + 1 + site.portfolios.length + awards.length;
		expect(messages).toEqual([`images: ${total} rendered, 0 reused from cache, 0 skipped`]);
		for (const entry of catalog.credentials) {
			expect(await sharp(outputFile(paths.badgeImage(entry.id))).metadata()).toMatchObject({ format: 'png', width: 600, height: 600 });
			expect(await sharp(outputFile(paths.socialCard('credentials', entry.id))).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
		}
		expect(await sharp(outputFile(paths.stackBadgeImage(catalog.stacks[0]!.id))).metadata()).toMatchObject({ width: 600, height: 600 });
		expect(await sharp(outputFile(paths.socialCard('default'))).metadata()).toMatchObject({ width: 1200, height: 630 });
		expect(await sharp(outputFile(paths.socialCard('portfolios', 'wang-fang'))).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
		expect(await sharp(outputFile(paths.socialCard('awards', 'aw-004'))).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
		await expect(sharp(outputFile(paths.socialCard('awards', 'aw-003'))).metadata()).rejects.toThrow();

		expect(await runImages({ AWARD_CARDS: 'personal' })).toEqual([`images: 0 rendered, ${total} reused from cache, 0 skipped`]);
	});

	it('draws no card per award by default: award pages share their credential’s card', async () => {
		const { catalog, site } = await loadFixtureSite();
		const total = catalog.credentials.length * 2 + catalog.stacks.length * 2 + 1 + site.portfolios.length;
		expect(await runImages()).toEqual([`images: ${total} rendered, 0 reused from cache, 0 skipped`]);
		expect(await sharp(outputFile(paths.socialCard('portfolios', 'wang-fang'))).metadata()).toMatchObject({ width: 1200, height: 630 });
		await expect(sharp(outputFile(paths.socialCard('awards', 'aw-004'))).metadata()).rejects.toThrow();
	});

	it('skips every social card, of the catalog and the portfolios, when SOCIAL_CARDS=off', async () => {
		const { catalog, site } = await loadFixtureSite();
		const badges = catalog.credentials.length + catalog.stacks.length;
		expect(await runImages({ SOCIAL_CARDS: 'off' })).toEqual([`images: ${badges} rendered, 0 reused from cache, ${badges + 1 + site.portfolios.length} skipped`]);
		await expect(sharp(outputFile(paths.socialCard('default'))).metadata()).rejects.toThrow();
		await expect(sharp(outputFile(paths.socialCard('portfolios', 'wang-fang'))).metadata()).rejects.toThrow();
	});
});
