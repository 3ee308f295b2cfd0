import type { z } from 'astro/zod';
import { awardSchema } from '../schemas/export-award.ts';
import { createEducatorSchema, type EducatorVisibility } from '../schemas/export-educator.ts';
import { evidenceSchema } from '../schemas/export-evidence.ts';

/** The three record lists of an export: their CSV file, id column, label and schema. */
export function createExportTables(defaultVisibility?: EducatorVisibility) {
	return {
		educators: { file: 'educators.csv', idField: 'educator_id', label: 'educator', schema: createEducatorSchema(defaultVisibility) },
		awards: { file: 'awards.csv', idField: 'award_id', label: 'award', schema: awardSchema },
		evidence: { file: 'evidence.csv', idField: 'evidence_id', label: 'evidence item', schema: evidenceSchema },
	} as const satisfies Record<string, ExportTable>;
}

/** How one list of records is stored and checked. */
export interface ExportTable {
	file: string;
	idField: string;
	label: string;
	schema: z.ZodObject;
}

export type ExportTables = ReturnType<typeof createExportTables>;
export type TableName = keyof ExportTables;
export const tableNames = ['educators', 'awards', 'evidence'] as const satisfies readonly TableName[];

/** Columns a record cannot do without: those whose schema has neither a default nor `optional()`. */
export function requiredColumns(table: ExportTable): string[] {
	return Object.entries(table.schema.shape)
		.filter(([, schema]) => !(schema as z.ZodType).safeParse(undefined).success)
		.map(([name]) => name);
}
