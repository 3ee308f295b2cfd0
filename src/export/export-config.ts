import { parseEnvironment } from '../errors/format-issues.ts';
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
	const settings = parseEnvironment(exportEnvironmentSchema, env, 'The export settings have problems');
	return {
		exportPath: settings.EXPORT_PATH,
		defaultVisibility: settings.EXPORT_DEFAULT_VISIBILITY,
		files: { allowedTypes: settings.EXPORT_FILE_TYPES, maxBytes: settings.EXPORT_MAX_FILE_MB * bytesPerMegabyte },
	};
}
