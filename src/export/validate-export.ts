import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Catalog } from '../catalog/catalog.ts';
import type { Problem } from '../errors/format-issues.ts';
import { defaultEducatorVisibility, type EducatorVisibility } from '../schemas/export-educator.ts';
import type { EarnerExport, ReadResult } from './earner-export.ts';
import { defaultEvidenceFileRules, type EvidenceFileRules } from '../settings/settings.ts';
import { createExportTables } from './export-tables.ts';
import type { ProgressListener } from './progress.ts';
import { readCsvExport } from './read-csv-export.ts';
import { readJsonExport } from './read-json-export.ts';
import { checkDates } from './rules/check-dates.ts';
import { checkDuplicateIds } from './rules/check-duplicate-ids.ts';
import { checkEvidenceFiles } from './rules/check-evidence-files.ts';
import { checkEvidenceSources } from './rules/check-evidence-sources.ts';
import { checkReferences } from './rules/check-references.ts';
import { checkRevocations } from './rules/check-revocations.ts';
import { checkRubricLevels } from './rules/check-rubric-levels.ts';
import { checkSlugs } from './rules/check-slugs.ts';
import type { RuleContext } from './rules/rule-context.ts';

/** How to read and check an export. */
export interface ValidateOptions {
	catalog: Catalog;
	/** Dates after this day are in the future. */
	now?: Date;
	defaultVisibility?: EducatorVisibility;
	files?: EvidenceFileRules;
	/** Problems name files relative to this folder. */
	root?: string;
	onProgress?: ProgressListener;
}

/** The export, when it is valid, and every problem found in it. */
export interface Validation {
	exported?: EarnerExport;
	problems: Problem[];
}

const crossRecordRules = [checkDuplicateIds, checkReferences, checkRubricLevels, checkDates, checkRevocations, checkEvidenceSources, checkSlugs];

function byPosition(a: Problem, b: Problem): number {
	return a.file.localeCompare(b.file) || (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

async function readRecords(absolute: string, display: string, options: ValidateOptions): Promise<ReadResult | Problem> {
	const tables = createExportTables(options.defaultVisibility ?? defaultEducatorVisibility);
	const info = await stat(absolute).catch(() => undefined);
	if (info?.isDirectory()) return readCsvExport(absolute, tables, display, options.onProgress);
	if (info?.isFile() && absolute.toLowerCase().endsWith('.json')) return readJsonExport(absolute, tables, display, options.onProgress);
	const what = info ? 'is neither a folder of CSV files nor a .json file' : 'does not exist';
	return { file: display, field: '', message: `${what}; set EXPORT_PATH to the export folder or JSON file (see docs/export-format.md)` };
}

/**
 * Reads an export (a folder of CSV files or one JSON file) and checks every rule against the
 * catalog, collecting every problem instead of stopping at the first, so one run lists them all.
 */
export async function validateExport(exportPath: string, options: ValidateOptions): Promise<Validation> {
	const root = options.root ?? process.cwd();
	const absolute = path.resolve(root, exportPath);
	const display = path.relative(root, absolute).split(path.sep).join('/') || '.';
	const read = await readRecords(absolute, display, options);
	if ('message' in read) return { problems: [read] };
	const context: RuleContext = { exported: read.exported, catalog: options.catalog, now: options.now ?? new Date() };
	const problems = [
		...read.problems,
		...crossRecordRules.flatMap((rule) => rule(context)),
		...(await checkEvidenceFiles(context, options.files ?? defaultEvidenceFileRules, options.onProgress)),
	].sort(byPosition);
	if (problems.length > 0) return { problems };
	const { folder, educators, awards, evidence } = read.exported;
	const data = <T>(records: readonly { data: T }[]) => records.map((record) => record.data);
	return { exported: { folder, educators: data(educators), awards: data(awards), evidence: data(evidence) }, problems };
}
