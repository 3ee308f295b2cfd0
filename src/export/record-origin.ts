import type { Problem } from '../errors/format-issues.ts';

/** Where a record came from, so every problem can point at the exact cell. */
export interface RecordOrigin {
	/** File as printed in problems, relative to the project root. */
	file: string;
	/** CSV: line the record starts on (header = 1). JSON: index of the record in its list. */
	row: number;
	/** CSV only: 1-based column of each field, from the header. */
	columns?: ReadonlyMap<string, number>;
	/** JSON only: path of the record, e.g. `awards[3]`. */
	path?: string;
}

/** A validated record and where it came from. */
export interface Located<T> {
	data: T;
	origin: RecordOrigin;
}

/**
 * A record as the cross-record rules see it: every row whose id could be read, valid or not, so one
 * run reports a row's format problems and its cross-record problems together. Fields that failed
 * their format check are absent from `data` and named in `failed`; rules leave them alone.
 */
export interface RowToCheck<T> {
	data: Partial<T>;
	origin: RecordOrigin;
	failed: ReadonlySet<string>;
}

/** True when none of `fields` failed its format check, so a rule may judge them (an absent field is then really empty). */
export function usable<T>(row: RowToCheck<T>, ...fields: (keyof T & string)[]): boolean {
	return fields.every((field) => !row.failed.has(field));
}

/** A problem with one field of one record, located as `file:row:column` for CSV and by path for JSON. */
export function problemAt(origin: RecordOrigin, field: string, message: string): Problem {
	const column = field ? origin.columns?.get(field) : undefined;
	const qualified = origin.path ? [origin.path, field].filter(Boolean).join('.') : field;
	return { file: origin.file, row: origin.row, ...(column === undefined ? {} : { column }), field: qualified, message };
}

/** Names another record in a message: "row 5" in CSV, "awards[4]" in JSON. */
export function describeOrigin(origin: RecordOrigin): string {
	return origin.path ?? `row ${origin.row}`;
}
