import { routes } from './urls.ts';

/** Extensions sharp can read that get a thumbnail; other evidence is linked by name only. */
const thumbnailExtensions = new Set(['png', 'jpg', 'jpeg', 'webp']);

interface SplitName {
	stem: string;
	extension: string;
}

/**
 * The last segment of an export path, cut into a stem that is safe as a file name and a URL segment
 * on every host (letters and digits of any script, `.`, `_`, `-`) and a lower-case extension.
 * A leading dot is dropped so that no evidence file can become a hidden or server control file.
 */
function splitName(file: string): SplitName {
	const base = file.normalize('NFC').split('/').pop() ?? '';
	const dot = base.lastIndexOf('.');
	const [rawStem, extension] = dot > 0 ? [base.slice(0, dot), base.slice(dot + 1).toLowerCase()] : [base, ''];
	const stem = rawStem.replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '-').replace(/^[.-]+|[.-]+$/g, '');
	return { stem: stem || 'file', extension: extension.replace(/[^a-z0-9]/g, '') };
}

/** Name of a housed evidence file in the site: its name in the export, made safe for every web host, e.g. `files/Lesson plan.PDF` becomes `Lesson-plan.pdf`. */
export function evidenceFileName(file: string): string {
	const { stem, extension } = splitName(file);
	return extension ? `${stem}.${extension}` : stem;
}

/** Name of an image's thumbnail beside it, e.g. `thumb-anchor-chart.webp`; undefined for evidence that is not an image. */
export function thumbnailFileName(file: string): string | undefined {
	const { stem, extension } = splitName(file);
	return thumbnailExtensions.has(extension) ? `thumb-${stem}.webp` : undefined;
}

/** Site path of a housed evidence file beside its award (prefix the base path with `href`). */
export function evidenceFilePath(slug: string, awardId: string, file: string): string {
	return routes.evidenceFile(slug, awardId, evidenceFileName(file));
}

/** Site path of an image's thumbnail beside its award; undefined for evidence that is not an image. */
export function evidenceThumbnailPath(slug: string, awardId: string, file: string): string | undefined {
	const thumbnail = thumbnailFileName(file);
	return thumbnail === undefined ? undefined : routes.evidenceFile(slug, awardId, thumbnail);
}
