import type { StackEntry } from '../../../model/catalog-index.ts';
import type { Portfolio, PortfolioAward } from '../../../model/portfolio.ts';
import { toStackProgress, type StackProgress } from '../../../model/stack-progress.ts';

/**
 * Stacks a portfolio completed only with an award since revoked. Their credential may already sit
 * in someone's hands, so it stays published with its status bit set instead of vanishing with a
 * clear bit. Completion is worked out as the portfolio model does, but counting revoked awards as
 * earned; the completion day, and so the status index, are the ones the stack had before.
 */
export function listWithdrawnStacks(portfolio: Portfolio, stacks: readonly StackEntry[]): StackProgress[] {
	if (!portfolio.awards.some((award) => award.status === 'revoked')) return [];
	const earnedOn = new Map<string, string>();
	for (const award of portfolio.awards) {
		if (award.status === 'expired') continue;
		const earlier = earnedOn.get(award.credentialId);
		if (earlier === undefined || award.awardedOn < earlier) earnedOn.set(award.credentialId, award.awardedOn);
	}
	const completed = new Set(portfolio.stacks.completed.map((progress) => progress.stackId));
	return stacks.flatMap((stack) => {
		if (completed.has(stack.id)) return [];
		const progress = toStackProgress(stack, earnedOn);
		return progress?.complete === true ? [progress] : [];
	});
}

/** The award that first earned a credential counted by a withdrawn stack, revoked or not. */
export function firstCountedAward(awards: readonly PortfolioAward[], credentialId: string): PortfolioAward | undefined {
	return awards
		.filter((award) => award.credentialId === credentialId && award.status !== 'expired')
		.reduce<PortfolioAward | undefined>((earliest, award) => (earliest === undefined || award.awardedOn < earliest.awardedOn ? award : earliest), undefined);
}
