import { stat } from 'node:fs/promises';
import type { z } from 'astro/zod';
import type { Problem } from '../errors/format-issues.ts';
import { parseCsv, type CsvRecord } from './csv/parse-csv.ts';
import { requiredColumns, type ExportTable } from './export-tables.ts';
import { dropEmptyValues, parseRecord, rowToCheck } from './parse-record.ts';
import { NotUtf8Error, readTextChunks } from './read-text-chunks.ts';
import type { Located, RecordOrigin, RowToCheck } from './record-origin.ts';

/** The records of one CSV file, the problems in it, and every id it mentions. */
export interface CsvTable<T> {
	records: Located<T>[];
	/** Every row the cross-record rules check, valid or not. */
	rows: RowToCheck<T>[];
	problems: Problem[];
	seenIds: Set<string>;
}

interface Header {
	/** Number of fields the header has; every record must have as many. */
	width: number;
	columns: Map<string, number>;
	missing: Set<string>;
	problems: Problem[];
}

function readHeader(record: CsvRecord, table: ExportTable, file: string): Header {
	const known = Object.keys(table.schema.shape);
	const columns = new Map<string, number>();
	const problems: Problem[] = [];
	const at = (column: number, message: string): Problem => ({ file, row: 1, column, field: '', message });
	record.fields.forEach((raw, index) => {
		const name = raw.trim();
		if (columns.has(name)) {
			problems.push(at(index + 1, `header names the column "${name}" twice (also column ${columns.get(name)}); remove one of them`));
		} else if (!known.includes(name)) {
			problems.push(at(index + 1, `header has the unknown column "${name}"; rename it to one of ${known.join(', ')}, or remove it`));
		} else {
			columns.set(name, index + 1);
		}
	});
	const missing = new Set(requiredColumns(table).filter((name) => !columns.has(name)));
	for (const name of missing) {
		problems.push({ file, row: 1, field: '', message: `header has no "${name}" column, which is required; add it (see docs/export-format.md)` });
	}
	return { width: record.fields.length, columns, missing, problems };
}

/**
 * Streams one CSV file of the export and validates each record against its schema as it arrives,
 * so the raw text of a large export is never held in memory.
 */
export async function readCsvTable<T>(
	path: string,
	file: string,
	table: ExportTable & { schema: z.ZodObject & z.ZodType<T> },
	onBytes?: (bytes: number) => void,
): Promise<CsvTable<T>> {
	const result: CsvTable<T> = { records: [], rows: [], problems: [], seenIds: new Set() };
	if (!(await isFile(path))) {
		result.problems.push({
			file,
			field: '',
			message: `is missing; add ${table.file} with the header row ${Object.keys(table.schema.shape).join(',')} (see docs/export-format.md)`,
		});
		return result;
	}
	let header: Header | undefined;
	try {
		for await (const record of parseCsv(readTextChunks(path, onBytes))) {
			result.problems.push(...record.issues.map(({ column, message }) => ({ file, row: record.row, column, field: '', message })));
			if (!header) {
				header = readHeader(record, table, file);
				result.problems.push(...header.problems);
				continue;
			}
			addRecord(result, record, header, table, file);
		}
	} catch (error) {
		if (!(error instanceof NotUtf8Error)) throw error;
		result.problems.push({ file, field: '', message: 'is not UTF-8 text; save it again as "CSV UTF-8"' });
		return result;
	}
	if (!header) result.problems.push({ file, row: 1, field: '', message: `is empty; start it with the header row ${Object.keys(table.schema.shape).join(',')}` });
	return result;
}

function addRecord<T>(result: CsvTable<T>, record: CsvRecord, header: Header, table: ExportTable & { schema: z.ZodObject & z.ZodType<T> }, file: string) {
	const origin: RecordOrigin = { file, row: record.row, columns: header.columns };
	if (record.fields.length !== header.width) {
		result.problems.push({
			file,
			row: record.row,
			field: '',
			message: `has ${record.fields.length} fields but the header has ${header.width}; put double quotes around values that contain commas, or add the missing commas`,
		});
		return;
	}
	const values: Record<string, string> = {};
	for (const [name, column] of header.columns) values[name] = record.fields[column - 1] ?? '';
	const id = values[table.idField]?.trim();
	if (id) result.seenIds.add(id);
	const parsed = parseRecord(table.schema, dropEmptyValues(values), origin, header.missing);
	if ('data' in parsed) result.records.push({ data: parsed.data, origin });
	else result.problems.push(...parsed.problems);
	const row = rowToCheck(parsed, origin, table.idField);
	if (row) result.rows.push(row);
}

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch (error) {
		if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return false;
		throw error;
	}
}
