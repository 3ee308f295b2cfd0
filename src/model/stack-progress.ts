import type { CatalogEntry } from '../catalog/catalog.ts';
import type { Stack } from '../schemas/stack.ts';

/** How far an educator is through a stack of credentials. */
export interface StackProgress {
	stackId: string;
	title: string;
	/** Credentials that complete the stack: all of them, or n of m. */
	required: number;
	/** Credentials in the stack. */
	total: number;
	/** Stack credentials the educator holds, in the stack's order. */
	earned: string[];
	/** Stack credentials still to earn, in the stack's suggested order, without retired ones; empty once complete. */
	remaining: string[];
	complete: boolean;
	/** Day the last credential needed was earned. */
	completedOn?: string;
	/** E.g. "3 of 5". */
	label: string;
}

/**
 * Progress through one stack, given the day each credential was first validly earned. Retired
 * credentials can no longer be earned, so they are never suggested as next steps. Returns
 * undefined for stacks the educator has not started, which portfolios do not list.
 */
export function toStackProgress(stack: CatalogEntry<Stack>, earnedOn: ReadonlyMap<string, string>, retired: ReadonlySet<string> = new Set()): StackProgress | undefined {
	const { credentials, completion, title } = stack.data;
	const earned = credentials.filter((id) => earnedOn.has(id));
	if (earned.length === 0) return undefined;
	const required = completion.rule === 'all' ? credentials.length : completion.required;
	const complete = earned.length >= required;
	const days = earned.map((id) => earnedOn.get(id)!).sort();
	return {
		stackId: stack.id,
		title,
		required,
		total: credentials.length,
		earned,
		remaining: complete ? [] : credentials.filter((id) => !earnedOn.has(id) && !retired.has(id)),
		complete,
		...(complete ? { completedOn: days[required - 1]! } : {}),
		label: `${Math.min(earned.length, required)} of ${required}`,
	};
}
