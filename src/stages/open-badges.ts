import { createObUrls } from '../paths.ts';
import { readFile } from 'node:fs/promises';
import { bakePng } from '../openbadges/bake-png.ts';
import { listObFiles, type ObFile } from '../openbadges/site/list-ob-files.ts';
import type { Stage } from './context.ts';
import { toDiskPath, writeSiteFiles } from './write-site-files.ts';

/**
 * Publishes the Open Badges 2.0 hosted files: issuers, badge classes, an assertion per public or
 * unlisted award and completed stack, and with `BAKED_FILES=on` a baked PNG per assertion. Runs
 * after the images stage, whose badge PNGs it links and bakes.
 */
export const openBadgesStage: Stage = {
	name: 'open-badges',
	async run({ settings, data, logger, outDir }) {
		const { saltSecret, demoSecret, bakedFiles } = settings.openBadges;
		if (demoSecret) {
			logger.warn('open badges: OB_SALT_SECRET is not set, so recipient hashes use the public demo secret and do not protect emails. Production builds must set it (see docs/open-badges.md).');
		}
		const files = listObFiles(await data(), { saltSecret, bakedFiles, urls: createObUrls(settings.location) });
		const count = await writeObFiles(outDir, files);
		logger.info(`open badges: ${count} files`);
	},
};

async function writeObFiles(outDir: string, files: Iterable<ObFile>): Promise<number> {
	const badgeImages = new Map<string, Promise<Uint8Array>>();
	const readBadgeImage = (image: string): Promise<Uint8Array> => {
		let bytes = badgeImages.get(image);
		if (bytes === undefined) {
			bytes = readFile(toDiskPath(outDir, image)).catch((error: unknown) => {
				throw new Error(`Cannot bake badges from ${image}: ${String(error)}. The images stage writes it and must run before the Open Badges stage (src/index.ts).`);
			});
			badgeImages.set(image, bytes);
		}
		return bytes;
	};
	return writeSiteFiles(outDir, files, async (file) => ('text' in file ? file.text : bakePng(await readBadgeImage(file.bake.image), file.bake.assertion)));
}
