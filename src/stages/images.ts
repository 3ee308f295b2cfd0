import path from 'node:path';
import { listImageJobs } from '../images/list-image-jobs.ts';
import { listPortfolioImageJobs } from '../images/list-portfolio-image-jobs.ts';
import { renderImages } from '../images/render/render-images.ts';
import { imageTemplates } from '../images/templates/image-templates.ts';
import type { Stage } from './context.ts';

/**
 * Writes the badge images and social cards into the build output: those of the catalog, and a card
 * per published portfolio (and per award of it with `AWARD_CARDS=personal`). `SOCIAL_CARDS=off`
 * leaves the cards out.
 */
export const imagesStage: Stage = {
	name: 'images',
	async run({ settings, data, metrics, logger, outDir }) {
		const { catalog, site } = await data();
		const siteText = { siteName: settings.siteName, tagline: settings.tagline };
		const jobs = [...listImageJobs(catalog, siteText), ...listPortfolioImageJobs(site, catalog, siteText, { personalAwardCards: settings.cards.personalAward })];
		const counts = await renderImages(jobs, {
			outDir,
			cacheDir: path.join(settings.cacheDir, 'images'),
			skip: (job) => !settings.cards.social && imageTemplates[job.template].kind === 'social-card',
		});
		for (const [name, value] of Object.entries(counts)) metrics.count(`images.${name}`, value);
		logger.info(`images: ${counts.rendered} rendered, ${counts.reused} reused from cache, ${counts.skipped} skipped`);
	},
};
