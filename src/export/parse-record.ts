import type { z } from 'astro/zod';
import { toProblems, type Problem } from '../errors/format-issues.ts';
import type { RecordOrigin, RowToCheck } from './record-origin.ts';

/** The fields of an invalid record that passed their own check, and the names of those that did not. */
export interface Salvaged<T> {
	data: Partial<T>;
	failed: Set<string>;
}

/**
 * Validates one record's values (empty values already removed) against its schema. Fields the
 * CSV header lacks were reported once for the whole file, so they are not repeated on every row.
 * An invalid record also returns the fields that are fine, for the cross-record rules.
 */
export function parseRecord<T>(
	schema: z.ZodObject & z.ZodType<T>,
	values: Record<string, unknown>,
	origin: RecordOrigin,
	reportedMissing: ReadonlySet<string> = new Set(),
): { data: T } | { problems: Problem[]; salvaged: Salvaged<T> } {
	const result = schema.safeParse(values, { reportInput: true });
	if (result.success) return { data: result.data };
	const issues = result.error.issues.filter((issue) => !(issue.path.length === 1 && reportedMissing.has(String(issue.path[0]))));
	const problems = toProblems(origin.file, issues, origin.path ? [origin.path] : []).map((problem, index) => {
		const column = origin.columns?.get(String(issues[index]?.path[0]));
		return { ...problem, row: origin.row, ...(column === undefined ? {} : { column }) };
	});
	return { problems, salvaged: salvage(schema, values, result.error.issues) };
}

function salvage<T>(schema: z.ZodObject, values: Record<string, unknown>, issues: readonly z.core.$ZodIssue[]): Salvaged<T> {
	const failed = new Set(issues.map((issue) => String(issue.path[0] ?? '')));
	const data: Record<string, unknown> = {};
	for (const [name, field] of Object.entries(schema.shape)) {
		if (failed.has(name)) continue;
		const parsed = (field as z.ZodType).safeParse(values[name]);
		if (parsed.success && parsed.data !== undefined) data[name] = parsed.data;
	}
	return { data: data as Partial<T>, failed };
}

const noFailures: ReadonlySet<string> = new Set();

/**
 * The row the cross-record rules check, valid or salvaged; none when the row's own id is
 * unreadable, since no other record can refer to it (docs/export-format.md says so).
 */
export function rowToCheck<T>(parsed: ReturnType<typeof parseRecord<T>>, origin: RecordOrigin, idField: string): RowToCheck<T> | undefined {
	if ('data' in parsed) return { data: parsed.data, origin, failed: noFailures };
	if ((parsed.salvaged.data as Record<string, unknown>)[idField] === undefined) return undefined;
	return { data: parsed.salvaged.data, origin, failed: parsed.salvaged.failed };
}

/** Empty text and null mean "not given", in CSV and JSON alike. */
export function dropEmptyValues(values: Record<string, unknown>): Record<string, unknown> {
	const kept: Record<string, unknown> = {};
	for (const key in values) {
		const value = values[key];
		if (value !== null && !(typeof value === 'string' && value.trim() === '')) kept[key] = value;
	}
	return kept;
}
