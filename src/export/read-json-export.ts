import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import type { Problem } from '../errors/format-issues.ts';
import type { LocatedExport, ReadResult } from './earner-export.ts';
import { tableNames, type ExportTable, type ExportTables, type TableName } from './export-tables.ts';
import { dropEmptyValues, parseRecord, rowToCheck } from './parse-record.ts';
import type { ProgressListener } from './progress.ts';
import { problemAt, type Located, type RecordOrigin, type RowToCheck } from './record-origin.ts';

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string, file: string): { value: unknown } | Problem {
	try {
		return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
	} catch (error) {
		return { file, field: '', message: `is not valid JSON (${(error as Error).message}); fix the syntax, for example a missing comma or quote` };
	}
}

/**
 * Reads a JSON export, `{ "educators": [...], "awards": [...], "evidence": [...] }`. JSON cannot be
 * validated before it is whole, so very large exports should use the streaming CSV form.
 */
export async function readJsonExport(jsonPath: string, tables: ExportTables, file: string, onProgress?: ProgressListener): Promise<ReadResult> {
	const folder = path.dirname(jsonPath);
	const seenIds = { educators: new Set<string>(), awards: new Set<string>(), evidence: new Set<string>() };
	const empty: LocatedExport = { folder, educators: [], awards: [], evidence: [], rows: { educators: [], awards: [], evidence: [] }, seenIds };
	const text = await readFile(jsonPath, 'utf8');
	onProgress?.({ stage: 'reading records', done: text.length, total: text.length });
	const parsed = parseJson(text, file);
	if ('message' in parsed) return { exported: empty, problems: [parsed] };
	const root = parsed.value;
	if (!isObject(root)) {
		return { exported: empty, problems: [{ file, field: '', message: 'must hold an object with the lists "educators", "awards" and "evidence"; wrap the records in { }' }] };
	}
	const unknownKeys = Object.keys(root).filter((key) => !(tableNames as readonly string[]).includes(key));
	const educators = readList(root, 'educators', tables.educators, file, seenIds.educators);
	const awards = readList(root, 'awards', tables.awards, file, seenIds.awards);
	const evidence = readList(root, 'evidence', tables.evidence, file, seenIds.evidence);
	return {
		exported: { folder, educators: educators.records, awards: awards.records, evidence: evidence.records, rows: { educators: educators.rows, awards: awards.rows, evidence: evidence.rows }, seenIds },
		problems: [
			...unknownKeys.map((key) => ({ file, field: key, message: `is not part of the export format; remove it (the lists are ${tableNames.join(', ')})` })),
			...educators.problems,
			...awards.problems,
			...evidence.problems,
		],
	};
}

function readList<T>(
	root: Record<string, unknown>,
	name: TableName,
	table: ExportTable & { schema: z.ZodObject & z.ZodType<T> },
	file: string,
	seenIds: Set<string>,
): { records: Located<T>[]; rows: RowToCheck<T>[]; problems: Problem[] } {
	const list = root[name];
	const records: Located<T>[] = [];
	const rows: RowToCheck<T>[] = [];
	const problems: Problem[] = [];
	if (!Array.isArray(list)) {
		const actual = list === undefined ? 'missing' : `${typeof list}`;
		problems.push({ file, field: name, message: `must be a list of ${table.label} records, but is ${actual}; write "${name}": [ ... ]` });
		return { records, rows, problems };
	}
	list.forEach((item: unknown, index) => {
		const origin: RecordOrigin = { file, row: index, path: `${name}[${index}]` };
		if (!isObject(item)) {
			problems.push({ file, row: index, field: `${name}[${index}]`, message: `must be an object of ${table.label} fields; write it as { "${table.idField}": ... }` });
			return;
		}
		const id = item[table.idField];
		if (typeof id === 'string' && id.trim()) seenIds.add(id.trim());
		const known = Object.keys(table.schema.shape);
		for (const key of Object.keys(item).filter((key) => !known.includes(key))) {
			problems.push(problemAt(origin, '', `has the unknown field "${key}"; rename it to one of ${known.join(', ')}, or remove it`));
		}
		const values = Object.fromEntries(Object.entries(item).filter(([key]) => known.includes(key)));
		const result = parseRecord(table.schema, dropEmptyValues(values), origin);
		if ('data' in result) records.push({ data: result.data, origin });
		else problems.push(...result.problems);
		const row = rowToCheck(result, origin, table.idField);
		if (row) rows.push(row);
	});
	return { records, rows, problems };
}
