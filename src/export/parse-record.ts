import type { z } from 'astro/zod';
import { toProblems, type Problem } from '../errors/format-issues.ts';
import type { RecordOrigin } from './record-origin.ts';

/**
 * Validates one record's values (empty values already removed) against its schema. Fields the
 * CSV header lacks were reported once for the whole file, so they are not repeated on every row.
 */
export function parseRecord<T>(
	schema: z.ZodType<T>,
	values: Record<string, unknown>,
	origin: RecordOrigin,
	reportedMissing: ReadonlySet<string> = new Set(),
): { data: T } | { problems: Problem[] } {
	const result = schema.safeParse(values, { reportInput: true });
	if (result.success) return { data: result.data };
	const issues = result.error.issues.filter((issue) => !(issue.path.length === 1 && reportedMissing.has(String(issue.path[0]))));
	const problems = toProblems(origin.file, issues, origin.path ? [origin.path] : []).map((problem, index) => {
		const column = origin.columns?.get(String(issues[index]?.path[0]));
		return { ...problem, row: origin.row, ...(column === undefined ? {} : { column }) };
	});
	return { problems };
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
