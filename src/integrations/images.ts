import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readCatalog } from '../catalog/read-catalog.ts';
import { listImageJobs, type SiteText } from '../images/list-image-jobs.ts';
import { renderImages } from '../images/render/render-images.ts';
import { imageTemplates } from '../images/templates/image-templates.ts';

export { badgeImagePath, ogImagePath, stackBadgeImagePath, type CardKind } from '../images/image-paths.ts';
export { listImageJobs, type SiteText } from '../images/list-image-jobs.ts';
export type { ImageJob } from '../images/image-job.ts';

export interface ImagesOptions extends Partial<SiteText> {
	/** Catalog folder, relative to the working directory. */
	contentDir?: string;
	/** Cache folder, outside the output so it survives between builds. */
	cacheDir?: string;
}

const defaultSite: SiteText = {
	siteName: 'Credfolio',
	tagline: 'Research-backed micro-credentials for educators: show the teaching methods you practise, and count them toward licence renewal.',
};

/** Writes the badge images and social cards of the catalog into the build output. `SOCIAL_CARDS=off` leaves the cards out. */
export default function imagesIntegration(options: ImagesOptions = {}): AstroIntegration {
	const { contentDir = process.env['CONTENT_PATH'] ?? 'content', cacheDir = path.join('.cache', 'images'), ...site } = options;
	return {
		name: 'credfolio:images',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const catalog = await readCatalog(contentDir);
				const jobs = listImageJobs(catalog, { ...defaultSite, ...site });
				const socialCards = process.env['SOCIAL_CARDS'] !== 'off';
				const counts = await renderImages(jobs, {
					outDir: fileURLToPath(dir),
					cacheDir,
					skip: (job) => !socialCards && imageTemplates[job.template].kind === 'social-card',
				});
				logger.info(`images: ${counts.rendered} rendered, ${counts.reused} reused from cache, ${counts.skipped} skipped`);
			},
		},
	};
}
