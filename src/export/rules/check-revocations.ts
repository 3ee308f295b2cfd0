import type { Problem } from '../../errors/format-issues.ts';
import { problemAt } from '../record-origin.ts';
import type { RuleContext } from './rule-context.ts';

/** A reason without `revoked` would show a valid badge beside a revocation note. */
export function checkRevocations({ exported }: RuleContext): Problem[] {
	return exported.awards
		.filter(({ data }) => data.revocation_reason && !data.revoked)
		.map(({ origin }) => problemAt(origin, 'revocation_reason', 'is given but revoked is not true; set revoked to true, or remove the reason'));
}
