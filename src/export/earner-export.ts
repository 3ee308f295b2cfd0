import type { Award } from '../schemas/export-award.ts';
import type { Educator } from '../schemas/export-educator.ts';
import type { Evidence } from '../schemas/export-evidence.ts';
import type { Problem } from '../errors/format-issues.ts';
import type { TableName } from './export-tables.ts';
import type { Located, RowToCheck } from './record-origin.ts';

/** A validated earner export: who earned what, with which evidence. */
export interface EarnerExport {
	/** Absolute path of the folder evidence `file` paths are relative to. */
	folder: string;
	educators: Educator[];
	awards: Award[];
	evidence: Evidence[];
}

/** An export as read, before the cross-record rules: valid records with their origins. */
export interface LocatedExport {
	folder: string;
	educators: Located<Educator>[];
	awards: Located<Award>[];
	evidence: Located<Evidence>[];
	/** What the cross-record rules check: every row with a readable id, including those that failed their format check. */
	rows: { educators: RowToCheck<Educator>[]; awards: RowToCheck<Award>[]; evidence: RowToCheck<Evidence>[] };
	/** Ids present in the input, valid rows or not, so a broken row does not also break every reference to it. */
	seenIds: Record<TableName, Set<string>>;
}

/** What a reader returns: the records it could validate and every problem it found. */
export interface ReadResult {
	exported: LocatedExport;
	problems: Problem[];
}
