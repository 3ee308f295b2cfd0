import { InputError, toProblems } from '../errors/format-issues.ts';
import { defaultEvidenceFileTypes, defaultMaxEvidenceFileMegabytes, exportEnvironmentSchema } from '../schemas/export-config.ts';
import type { EducatorVisibility } from '../schemas/export-educator.ts';

export const bytesPerMegabyte = 1024 * 1024;

/** What evidence files may be. */
export interface EvidenceFileRules {
	/** Lower-case extensions without the dot, e.g. `pdf`. */
	allowedTypes: readonly string[];
	maxBytes: number;
}

/** The file rules when nothing is configured: the types and size the issue names. */
export const defaultEvidenceFileRules: EvidenceFileRules = {
	allowedTypes: defaultEvidenceFileTypes,
	maxBytes: defaultMaxEvidenceFileMegabytes * bytesPerMegabyte,
};

/** How the site reads the earner export. */
export interface ExportConfig {
	/** Folder of the CSV export, or path of the JSON export, as configured (relative paths are from the project root). */
	exportPath: string;
	defaultVisibility: EducatorVisibility;
	files: EvidenceFileRules;
}

/** Reads the export settings from the environment; a bad value throws an InputError naming the variable. */
export function readExportConfig(env: Record<string, string | undefined> = process.env): ExportConfig {
	const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
	const result = exportEnvironmentSchema.safeParse(present, { reportInput: true });
	if (!result.success) throw new InputError('The export settings have problems', toProblems('environment', result.error.issues));
	return {
		exportPath: result.data.EXPORT_PATH,
		defaultVisibility: result.data.EXPORT_DEFAULT_VISIBILITY,
		files: { allowedTypes: result.data.EXPORT_FILE_TYPES, maxBytes: result.data.EXPORT_MAX_FILE_MB * bytesPerMegabyte },
	};
}
