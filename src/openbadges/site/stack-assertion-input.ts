import { paths, stackAssertionKey } from '../../paths.ts';
import type { PortfolioAward } from '../../model/portfolio.ts';
import type { StackProgress } from '../../model/stack-progress.ts';
import type { AssertionInput } from '../build-assertion.ts';
import { startOfUtcDay } from '../date-time.ts';
import type { AssertionOptions } from './award-assertion-input.ts';
import { toRecipientFields, type Recipient } from './recipient.ts';

/** The assertion of a completed stack; its evidence is the award page of each credential that counts toward it. */
export function toStackAssertionInput(progress: StackProgress, recipient: Recipient, { urls, bakedFiles }: AssertionOptions): AssertionInput {
	const { portfolio } = recipient;
	if (progress.completedOn === undefined) {
		throw new Error(`Stack "${progress.stackId}" of portfolio "${portfolio.slug}" is not complete, so it has no assertion; only pass completed stacks.`);
	}
	const key = stackAssertionKey(portfolio.slug, progress.stackId);
	const counted = progress.earned.map((credentialId) => firstValidAward(portfolio.awards, credentialId));
	const expires = findStackExpiry(progress, portfolio.awards);
	return {
		awardId: key,
		badge: urls.stackBadge(progress.stackId),
		...toRecipientFields(recipient),
		issuedOn: startOfUtcDay(progress.completedOn),
		...(expires === undefined ? {} : { expires: startOfUtcDay(expires) }),
		evidence: counted.map((award) => ({ url: paths.award(portfolio.slug, award.awardId), name: award.credentialTitle, genre: 'Credential' })),
		...(bakedFiles ? { image: paths.ob.baked(key) } : {}),
	};
}

/** The award that first earned the credential: the one stack progress counted. */
function firstValidAward(awards: readonly PortfolioAward[], credentialId: string): PortfolioAward {
	const valid = awards.filter((award) => award.credentialId === credentialId && award.status === 'valid');
	const first = valid.reduce<PortfolioAward | undefined>((earliest, award) => (earliest === undefined || award.awardedOn < earliest.awardedOn ? award : earliest), undefined);
	if (first === undefined) throw new Error(`Stack progress counts credential "${credentialId}" but the portfolio holds no valid award of it; stack progress and awards are out of step.`);
	return first;
}

/**
 * The day the stack stops being complete: it holds while `required` of its credentials are
 * valid, so it lapses when the `required`-th longest-lived one expires. Undefined means never.
 */
function findStackExpiry(progress: StackProgress, awards: readonly PortfolioAward[]): string | undefined {
	const lastDays = progress.earned.map((credentialId) => {
		const valid = awards.filter((award) => award.credentialId === credentialId && award.status === 'valid');
		return valid.some((award) => award.expiresOn === undefined) ? undefined : valid.map((award) => award.expiresOn!).sort().at(-1);
	});
	const lasting = lastDays.filter((day) => day === undefined).length;
	if (lasting >= progress.required) return undefined;
	const latestFirst = lastDays.filter((day) => day !== undefined).sort().reverse();
	return latestFirst[progress.required - 1 - lasting];
}
