import { paths } from '../../../src/paths.ts';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { fixtureSiteData, runStage, testSettings, type StageData, type StageRun } from '../../support/run-stage.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { openBadgesStage } from '../../../src/stages/open-badges.ts';
import type { FetchJson } from '../../../src/openbadges/verify/verify-context.ts';
import { appendLine, copyValidExport, loadFixtureCatalog, now } from '../export/support/export-fixture.ts';

export { now };
export const site = 'https://badges.example.edu';
export const base = '/credfolio/';
export const siteRoot = `${site}${base}`;
export const secret = 'integration-test-secret-0123456789';

/**
 * The valid example export plus awards that exercise every path: Ana completes a stack whose
 * exit-tickets award expires, Wang completes an n-of-m stack, Lee has no email (url recipient),
 * and the private educator Seán holds an award that must never be published.
 */
export async function loadFixtureSite(): Promise<StageData> {
	const exportDir = await copyValidExport();
	await appendLine(exportDir, 'educators.csv', 'plat-004,Lee Park,,Grade 2 teacher,Hillside Primary,Lakeview District,,,public,lee-park,');
	for (const line of [
		'aw-005,plat-002,wait-time,2024-04-01,,Proficient,,,,false,',
		'aw-006,plat-001,hinge-questions,2024-06-01,,Proficient,,,,false,',
		'aw-007,plat-004,hinge-questions,2024-09-01,,Exemplary,,,,false,',
		'aw-008,plat-003,wait-time,2024-05-01,,Proficient,,"Seán\'s private reflection.",,false,',
	]) {
		await appendLine(exportDir, 'awards.csv', line);
	}
	const catalog = await loadFixtureCatalog();
	const { exported, site } = await fixtureSiteData(catalog, { EXPORT_PATH: exportDir, BUILD_DATE: now.toISOString() });
	return { catalog, exported, site };
}

export type BuildRun = StageRun;

/** Runs the Open Badges 2.0 stage at the fixture site URL with environment `env`, into a new output folder that already holds the badge PNGs. */
export async function runOpenBadges(data: StageData, env: Record<string, string | undefined>): Promise<BuildRun> {
	const outDir = await makeTempDir('credfolio-ob-');
	await writeBadgeImages(outDir, data);
	return runStage(openBadgesStage, { settings: await testSettings({ SITE_URL: site, BASE_PATH: base, ...env }), data, outDir });
}

/** Stand-ins for what the images stage renders: real PNGs, a different colour each, so a baked badge shows which one it came from. */
async function writeBadgeImages(outDir: string, { catalog }: StageData): Promise<void> {
	const images = [...catalog.credentials.map((entry) => paths.badgeImage(entry.id)), ...catalog.stacks.map((entry) => paths.stackBadgeImage(entry.id))];
	for (const [index, sitePath] of images.entries()) {
		const png = await sharp({ create: { width: 600, height: 600, channels: 4, background: { r: 20 * index, g: 80, b: 160, alpha: 1 } } }).png().toBuffer();
		const target = path.join(outDir, sitePath);
		await mkdir(path.dirname(target), { recursive: true });
		await writeFile(target, png);
	}
}

/** Every file under `dir`, by path relative to it, with its bytes. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
	const files = new Map<string, Buffer>();
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		files.set(path.relative(dir, file).split(path.sep).join('/'), await readFile(file));
	}
	return files;
}

/** Serves the output folder at the site URL, as the static host would; anything else is a 404. */
export function serveOutput(outDir: string): FetchJson {
	return async (url) => {
		if (!url.startsWith(siteRoot)) throw new Error(`404 Not Found: ${url} is not on the site`);
		const text = await readFile(path.join(outDir, decodeURIComponent(url.slice(siteRoot.length))), 'utf8').catch(() => {
			throw new Error(`404 Not Found: ${url}`);
		});
		return JSON.parse(text) as unknown;
	};
}
