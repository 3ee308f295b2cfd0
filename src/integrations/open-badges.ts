import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bakePng } from '../openbadges/bake-png.ts';
import { listObFiles, type ObFile, type ObSiteData } from '../openbadges/site/list-ob-files.ts';
import { readObSettings } from '../openbadges/site/ob-settings.ts';
import { createObUrls, type SiteLocation } from '../openbadges/urls.ts';
import { loadSiteData } from '../data/read-site-data.ts';
import { measurePhase } from './build-metrics.ts';
import { toDiskPath, writeSiteFiles } from './write-site-files.ts';

export interface OpenBadgesOptions {
	/** Where the catalog and portfolios come from; the build's shared loader unless a test supplies its own. */
	loadData?: () => Promise<ObSiteData>;
	/** Environment holding OB_SALT_SECRET and BAKED_FILES. */
	env?: Record<string, string | undefined>;
}

/**
 * Publishes the Open Badges 2.0 hosted files: issuers, badge classes, an assertion per public or
 * unlisted award and completed stack, and with `BAKED_FILES=on` a baked PNG per assertion. Must
 * run after the images integration, whose badge PNGs it links and bakes.
 */
export function openBadges(options: OpenBadgesOptions = {}): AstroIntegration {
	const { loadData = loadSiteData, env = process.env } = options;
	let location: SiteLocation | undefined;
	return {
		name: 'credfolio:open-badges',
		hooks: {
			'astro:config:done': ({ config }) => {
				location = config.site === undefined ? undefined : { site: config.site, base: config.base };
			},
			'astro:build:done': async ({ dir, logger }) => {
				await measurePhase('open-badges', async () => {
					if (location === undefined) throw new Error('Open Badges ids are absolute URLs, so the build needs the site URL: set SITE_URL (see README).');
					const settings = readObSettings(env);
					if (settings.demoSecret) {
						logger.warn('open badges: OB_SALT_SECRET is not set, so recipient hashes use the public demo secret and do not protect emails. Production builds must set it (see docs/open-badges.md).');
					}
					const files = listObFiles(await loadData(), { ...settings, urls: createObUrls(location) });
					const count = await writeObFiles(fileURLToPath(dir), files);
					logger.info(`open badges: ${count} files`);
				});
			},
		},
	};
}

async function writeObFiles(outDir: string, files: Iterable<ObFile>): Promise<number> {
	const badgeImages = new Map<string, Promise<Uint8Array>>();
	const readBadgeImage = (image: string): Promise<Uint8Array> => {
		let bytes = badgeImages.get(image);
		if (bytes === undefined) {
			bytes = readFile(toDiskPath(outDir, image)).catch((error: unknown) => {
				throw new Error(`Cannot bake badges from ${image}: ${String(error)}. The images integration writes it; list images() before openBadges() in astro.config.mjs.`);
			});
			badgeImages.set(image, bytes);
		}
		return bytes;
	};
	return writeSiteFiles(outDir, files, async (file) => ('text' in file ? file.text : bakePng(await readBadgeImage(file.bake.image), file.bake.assertion)));
}
