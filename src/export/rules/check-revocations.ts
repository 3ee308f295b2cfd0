import type { Problem } from '../../errors/format-issues.ts';
import { problemAt, usable } from '../record-origin.ts';
import type { RuleContext } from './rule-context.ts';

/** A reason without `revoked` would show a valid badge beside a revocation note. */
export function checkRevocations({ exported }: RuleContext): Problem[] {
	return exported.rows.awards
		.filter((row) => usable(row, 'revoked') && row.data.revocation_reason && !row.data.revoked)
		.map(({ origin }) => problemAt(origin, 'revocation_reason', 'is given but revoked is not true; set revoked to true, or remove the reason'));
}
