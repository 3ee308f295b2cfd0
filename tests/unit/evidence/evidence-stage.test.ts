import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { evidenceStage } from '../../../src/stages/evidence.ts';
import { loadSiteDataOf, runStage, testSettings } from '../../support/run-stage.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { appendLine, copyValidExport, editRecord, loadFixtureCatalog, now, validExportDir } from '../export/support/export-fixture.ts';

interface Build {
	outDir: string;
	messages: string[];
}

/** Runs the stage as a build would, with the export at `exportPath` and the cache in `cacheDir`, into a new output folder. */
async function runBuildDone(exportPath: string, cacheDir: string): Promise<Build> {
	const settings = await testSettings({ EXPORT_PATH: exportPath, BUILD_DATE: now.toISOString(), CACHE_DIR: cacheDir });
	const run = await runStage(evidenceStage, { settings, data: await loadSiteDataOf(await loadFixtureCatalog(), exportPath, settings) });
	return { outDir: run.outDir, messages: run.info };
}

/** Every file in a folder, as paths from it with forward slashes. */
async function listFiles(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')).sort();
}

describe('evidence stage', () => {
	it('copies public files beside their awards, thumbnails images, and reuses thumbnails on the next build', async () => {
		const cacheDir = await makeTempDir();
		const { outDir, messages } = await runBuildDone(validExportDir, cacheDir);
		const anaSlug = (await listFiles(outDir)).find((file) => file.includes('/aw-001/'))!.split('/')[1];

		expect(await listFiles(outDir)).toEqual([
			`educators/${anaSlug}/aw-001/files/lesson-plan.pdf`,
			'educators/wang-fang/aw-004/files/project-wall.png',
			'educators/wang-fang/aw-004/files/thumb-project-wall.webp',
		]);
		for (const [copy, original] of [
			[`educators/${anaSlug}/aw-001/files/lesson-plan.pdf`, 'files/lesson-plan.pdf'],
			['educators/wang-fang/aw-004/files/project-wall.png', 'files/project-wall.png'],
		] as const) {
			expect(await readFile(path.join(outDir, copy))).toEqual(await readFile(path.join(validExportDir, original)));
		}
		expect(await sharp(path.join(outDir, 'educators/wang-fang/aw-004/files/thumb-project-wall.webp')).metadata()).toMatchObject({ format: 'webp', width: 40, height: 40 });
		expect(messages).toEqual(['evidence: 2 files copied, 1 thumbnails (1 made, 0 reused)']);

		expect((await runBuildDone(validExportDir, cacheDir)).messages).toEqual(['evidence: 2 files copied, 1 thumbnails (0 made, 1 reused)']);
	});

	it('never publishes withheld evidence or the files of a private educator', async () => {
		const exportDir = await copyValidExport();
		await writeFile(path.join(exportDir, 'files/private-wall.png'), await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } }).png().toBuffer());
		await appendLine(exportDir, 'awards.csv', 'aw-005,plat-003,wait-time,2024-05-01,,Proficient,,,,false,');
		await appendLine(exportDir, 'evidence.csv', 'ev-005,aw-005,image,Private wall,,files/private-wall.png,,public');
		const { outDir } = await runBuildDone(exportDir, await makeTempDir());

		const published = await listFiles(outDir);
		expect(published).toHaveLength(3);
		expect(published.filter((file) => /private-wall|transcript|aw-002|aw-005/.test(file))).toEqual([]);
	});

	it('draws thumbnails at most 320 pixels wide, upright, as WebP', async () => {
		const exportDir = await copyValidExport();
		// Stored 500 wide by 1000 high, with EXIF orientation 6: it is shown, and must be thumbnailed, 1000 wide by 500 high.
		const photo = await sharp({ create: { width: 500, height: 1000, channels: 3, background: '#c04020' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
		await writeFile(path.join(exportDir, 'files/Class Photo.jpg'), photo);
		await editRecord(exportDir, 'evidence.csv', 'ev-004', { file: 'files/Class Photo.jpg' });
		const { outDir } = await runBuildDone(exportDir, await makeTempDir());

		const thumbnail = path.join(outDir, 'educators/wang-fang/aw-004/files/thumb-Class-Photo.webp');
		expect(await sharp(thumbnail).metadata()).toMatchObject({ format: 'webp', width: 320, height: 160 });
		expect(await readFile(path.join(outDir, 'educators/wang-fang/aw-004/files/Class-Photo.jpg'))).toEqual(photo);
	});

	it('names the evidence whose image cannot be read', async () => {
		const exportDir = await copyValidExport();
		const header = (await readFile(path.join(exportDir, 'files/project-wall.png'))).subarray(0, 16);
		await writeFile(path.join(exportDir, 'files/project-wall.png'), Buffer.concat([header, Buffer.from('not the rest of a PNG')]));

		await expect(runBuildDone(exportDir, await makeTempDir())).rejects.toThrow(
			/^Could not make a thumbnail of evidence ev-004 \("files\/project-wall\.png"\): .+; export the image again, or convert it to PNG or JPEG$/,
		);
	});
});
