import { constants } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pMap from 'p-map';
import { createThumbnailer, type Thumbnailer } from '../images/thumbnails.ts';
import { listHousedEvidence, type HousedEvidence } from '../site/list-housed-evidence.ts';
import type { Stage } from './context.ts';

/** Files housed at once: enough to keep the disk busy, few enough to stay well under open-file limits. */
const concurrency = 16;

interface HousingCounts {
	copied: number;
	thumbnails: number;
	made: number;
}

/** A rejection handler that says which evidence failed, and what to do about it. */
function failFor(item: HousedEvidence, doing: string, advice: string) {
	return (error: Error): never => {
		throw new Error(`Could not ${doing} evidence ${item.evidenceId} ("${item.file}"): ${error.message}; ${advice}`, { cause: error });
	};
}

async function houseOne(item: HousedEvidence, from: string, outDir: string, thumbnails: Thumbnailer, counts: HousingCounts): Promise<void> {
	const source = path.join(from, item.file);
	const target = path.join(outDir, item.path);
	await mkdir(path.dirname(target), { recursive: true });
	// A clone where the file system can, a plain copy elsewhere: never read whole into memory, as files may be 50 MB.
	await copyFile(source, target, constants.COPYFILE_FICLONE).catch(failFor(item, 'copy', 'check that the export folder is readable and the disk has room'));
	counts.copied++;
	if (!item.thumbnailPath) return;
	const thumbnail = await thumbnails(source).catch(failFor(item, 'make a thumbnail of', 'export the image again, or convert it to PNG or JPEG'));
	await writeFile(path.join(outDir, item.thumbnailPath), thumbnail.webp);
	counts.thumbnails++;
	if (thumbnail.made) counts.made++;
}

/**
 * Houses public evidence files in the site beside their awards, with a WebP thumbnail of each
 * image, so a teacher's artifacts outlive the platform they were exported from.
 */
export const evidenceStage: Stage = {
	name: 'evidence',
	async run({ settings, data, logger, outDir }) {
		const { exported, site } = await data();
		const housed = listHousedEvidence(site, settings.export.path);
		const counts: HousingCounts = { copied: 0, thumbnails: 0, made: 0 };
		const thumbnails = createThumbnailer(path.join(settings.cacheDir, 'thumbnails'));
		await pMap(housed, (item) => houseOne(item, exported.folder, outDir, thumbnails, counts), { concurrency });
		logger.info(`evidence: ${counts.copied} files copied, ${counts.thumbnails} thumbnails (${counts.made} made, ${counts.thumbnails - counts.made} reused)`);
	},
};
