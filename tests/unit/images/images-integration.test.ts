import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCatalog } from '../../../src/catalog/read-catalog.ts';
import imagesIntegration, { badgeImagePath, listImageJobs, ogImagePath, stackBadgeImagePath } from '../../../src/integrations/images.ts';

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

/** Runs the build hook as Astro would, on a temporary output folder, and returns what it logged. */
async function runBuildDone(): Promise<string[]> {
	const messages: string[] = [];
	const logger = { info: (message: string) => messages.push(message), warn: () => {}, error: () => {}, debug: () => {} };
	const hook = imagesIntegration({ contentDir, cacheDir: path.join(folder, 'cache') }).hooks['astro:build:done']!;
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
	it('writes every badge and card into the build output and logs the counts', async () => {
		const catalog = await readCatalog(contentDir);
		const messages = await runBuildDone();
		const total = catalog.credentials.length * 2 + catalog.stacks.length * 2 + 1;
		expect(messages).toEqual([`images: ${total} rendered, 0 reused from cache, 0 skipped`]);
		for (const entry of catalog.credentials) {
			expect(await sharp(outputFile(badgeImagePath(entry.id))).metadata()).toMatchObject({ format: 'png', width: 600, height: 600 });
			expect(await sharp(outputFile(ogImagePath('credentials', entry.id))).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
		}
		expect(await sharp(outputFile(stackBadgeImagePath(catalog.stacks[0]!.id))).metadata()).toMatchObject({ width: 600, height: 600 });
		expect(await sharp(outputFile(ogImagePath('default'))).metadata()).toMatchObject({ width: 1200, height: 630 });

		expect(await runBuildDone()).toEqual([`images: 0 rendered, ${total} reused from cache, 0 skipped`]);
	});

	it('skips the social cards when SOCIAL_CARDS=off', async () => {
		const catalog = await readCatalog(contentDir);
		process.env.SOCIAL_CARDS = 'off';
		const badges = catalog.credentials.length + catalog.stacks.length;
		expect(await runBuildDone()).toEqual([`images: ${badges} rendered, 0 reused from cache, ${badges + 1} skipped`]);
		await expect(sharp(outputFile(ogImagePath('default'))).metadata()).rejects.toThrow();
	});
});
