import type { Problem } from '../../errors/format-issues.ts';
import { describeOrigin, problemAt, type RowToCheck } from '../record-origin.ts';
import type { RuleContext } from './rule-context.ts';

function findDuplicates<T>(records: readonly RowToCheck<T>[], field: keyof T & string, label: string, caseBlind: boolean): Problem[] {
	const first = new Map<string, RowToCheck<T>>();
	const problems: Problem[] = [];
	for (const record of records) {
		// Rows reach the rules only with a readable id.
		const id = String(record.data[field]);
		const key = caseBlind ? id.toLowerCase() : id;
		const earlier = first.get(key);
		if (!earlier) {
			first.set(key, record);
			continue;
		}
		const earlierId = String(earlier.data[field]);
		const where = describeOrigin(earlier.origin);
		const message =
			earlierId === id
				? `is "${id}", already used on ${where}; give every ${label} its own id`
				: `is "${id}", which differs from "${earlierId}" on ${where} only in capital letters; web addresses cannot tell them apart, so give every ${label} its own id`;
		problems.push(problemAt(record.origin, field, message));
	}
	return problems;
}

/** Ids must be unique; award and evidence ids become web addresses and file names, where case does not separate them. */
export function checkDuplicateIds({ exported }: RuleContext): Problem[] {
	return [
		...findDuplicates(exported.rows.educators, 'educator_id', 'educator', false),
		...findDuplicates(exported.rows.awards, 'award_id', 'award', true),
		...findDuplicates(exported.rows.evidence, 'evidence_id', 'evidence item', true),
	];
}
