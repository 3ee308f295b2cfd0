import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Catalog } from '../catalog/catalog.ts';
import { readCardSettings } from '../images/card-settings.ts';
import { listImageJobs, type SiteText } from '../images/list-image-jobs.ts';
import { listPortfolioImageJobs } from '../images/list-portfolio-image-jobs.ts';
import { renderImages } from '../images/render/render-images.ts';
import { imageTemplates } from '../images/templates/image-templates.ts';
import type { PortfolioSite } from '../model/build-portfolio-site.ts';
import { loadSiteData } from '../data/read-site-data.ts';
import { measurePhase, recordCount } from './build-metrics.ts';

export { badgeImagePath, ogImagePath, stackBadgeImagePath, type CardKind } from '../images/image-paths.ts';
export { listImageJobs, type SiteText } from '../images/list-image-jobs.ts';
export type { ImageJob } from '../images/image-job.ts';

export interface ImagesOptions extends Partial<SiteText> {
	/** Reads the catalog and the portfolios; defaults to the loader every integration of the build shares. */
	load?: () => Promise<{ catalog: Catalog; site: PortfolioSite }>;
	/** Cache folder, outside the output so it survives between builds. */
	cacheDir?: string;
}

const defaultSite: SiteText = {
	siteName: 'Credfolio',
	tagline: 'Research-backed micro-credentials for educators: show the teaching methods you practise, and count them toward licence renewal.',
};

/**
 * Writes the badge images and social cards into the build output: those of the catalog, and a card
 * per published portfolio (and per award of it with `AWARD_CARDS=personal`). `SOCIAL_CARDS=off`
 * leaves the cards out.
 */
export default function imagesIntegration(options: ImagesOptions = {}): AstroIntegration {
	const { load = loadSiteData, cacheDir = path.join(process.env['CACHE_DIR'] ?? '.cache', 'images'), ...text } = options;
	const siteText = { ...defaultSite, ...text };
	return {
		name: 'credfolio:images',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await measurePhase('images', async () => {
					const { catalog, site } = await load();
					const { socialCards, personalAwardCards } = readCardSettings();
					const jobs = [...listImageJobs(catalog, siteText), ...listPortfolioImageJobs(site, catalog, siteText, { personalAwardCards })];
					const counts = await renderImages(jobs, {
						outDir: fileURLToPath(dir),
						cacheDir,
						skip: (job) => !socialCards && imageTemplates[job.template].kind === 'social-card',
					});
					for (const [name, value] of Object.entries(counts)) recordCount(`images.${name}`, value);
					logger.info(`images: ${counts.rendered} rendered, ${counts.reused} reused from cache, ${counts.skipped} skipped`);
				});
			},
		},
	};
}
