import { z } from 'astro/zod';
import { educatorVisibilities, defaultEducatorVisibility } from './export-educator.ts';

/** File types evidence may have when no configuration says otherwise. */
export const defaultEvidenceFileTypes = ['pdf', 'png', 'jpg', 'webp', 'mp3', 'mp4', 'txt'] as const;

/** Largest evidence file, in megabytes, when no configuration says otherwise. */
export const defaultMaxEvidenceFileMegabytes = 50;

const fileTypeListSchema = z
	.string()
	.transform((value) => value.split(',').map((type) => type.trim().toLowerCase().replace(/^\./, '')).filter(Boolean))
	.pipe(z.array(z.string().regex(/^[a-z0-9]+$/, 'must list file extensions such as pdf,png,mp4')).min(1));

/** The environment variables that configure where the export is and how it is checked. */
export const exportEnvironmentSchema = z.object({
	/** Folder of the three CSV files, or the JSON file, of the export. */
	EXPORT_PATH: z.string().trim().min(1).default('data/demo-export'),
	/** Visibility of educators whose `visibility` is empty. */
	EXPORT_DEFAULT_VISIBILITY: z.enum(educatorVisibilities).default(defaultEducatorVisibility),
	/** Comma-separated extensions evidence files may have, e.g. `pdf,png,mp4`. */
	EXPORT_FILE_TYPES: fileTypeListSchema.default([...defaultEvidenceFileTypes]),
	/** Largest evidence file in megabytes (1 MB = 1,048,576 bytes). */
	EXPORT_MAX_FILE_MB: z.coerce.number().positive().default(defaultMaxEvidenceFileMegabytes),
});
