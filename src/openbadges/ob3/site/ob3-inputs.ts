import { type Ob3Urls, type ObUrls, evidenceFilePath, paths, stackAssertionKey } from '../../../paths.ts';
import type { CatalogIndex, CredentialEntry, StackEntry } from '../../../model/catalog-index.ts';
import type { PortfolioAward, PortfolioEvidence } from '../../../model/portfolio.ts';
import type { StackProgress } from '../../../model/stack-progress.ts';
import { formatEvidenceType } from '../../../site/format.ts';
import { startOfUtcDay } from '../../date-time.ts';
import { toCredentialBadgeInput, toStackBadgeInput } from '../../site/catalog-badge-inputs.ts';
import { toRecipientFields, type Recipient } from '../../site/recipient.ts';
import { toStackAssertionInput } from '../../site/stack-assertion-input.ts';
import { firstCountedAward } from './withdrawn-stacks.ts';
import type { AchievementInput, Ob3CredentialInput, Ob3EvidenceInput } from '../build-credential.ts';

export interface Ob3InputOptions {
	urls: ObUrls;
	ob3Urls: Ob3Urls;
}

/** The achievement of a credential: its catalog page, rubric and contact hours, as the OB 2.0 BadgeClass words them. */
export function toCredentialAchievement(index: CatalogIndex, entry: CredentialEntry): AchievementInput {
	const badge = toCredentialBadgeInput(index, entry);
	const { rubric, contactHours, version } = entry.data;
	return {
		page: badge.criteriaPage,
		name: badge.name,
		description: badge.description,
		criteriaNarrative: badge.criteriaNarrative,
		image: paths.badgeImage(entry.id),
		creditsAvailable: contactHours,
		...(badge.alignments === undefined ? {} : { alignments: badge.alignments }),
		...(badge.tags === undefined ? {} : { tags: badge.tags }),
		rubric,
		version,
	};
}

/** The achievement of a stack; it is worth its bonus hours on top of its credentials' own. */
export function toStackAchievement(index: CatalogIndex, entry: StackEntry): AchievementInput & { issuerSlug: string } {
	const badge = toStackBadgeInput(index, entry);
	return {
		issuerSlug: badge.issuerSlug,
		page: badge.criteriaPage,
		name: badge.name,
		description: badge.description,
		criteriaNarrative: badge.criteriaNarrative,
		image: paths.stackBadgeImage(entry.id),
		...(entry.data.bonusHours > 0 ? { creditsAvailable: entry.data.bonusHours } : {}),
		...(badge.tags === undefined ? {} : { tags: badge.tags }),
	};
}

export function toAwardCredentialInput(
	award: PortfolioAward,
	recipient: Recipient,
	context: { achievement: AchievementInput; issuerSlug: string; statusIndex: number },
	{ ob3Urls }: Ob3InputOptions,
): Ob3CredentialInput {
	return {
		key: award.awardId,
		id: ob3Urls.credential(award.awardId),
		issuer: ob3Urls.issuer(context.issuerSlug),
		name: award.credentialTitle,
		validFrom: startOfUtcDay(award.awardedOn),
		...(award.expiresOn === undefined ? {} : { validUntil: startOfUtcDay(award.expiresOn) }),
		...toRecipientFields(recipient),
		achievement: context.achievement,
		creditsEarned: award.hours,
		achievedLevel: award.rubricLevel,
		evidence: [...award.evidence.flatMap((item) => toEvidenceInput(recipient.portfolio.slug, award.awardId, item)), ...reflection(award.reflection)],
		status: { listUrl: ob3Urls.statusList(context.issuerSlug), index: context.statusIndex },
	};
}

/** A completed stack: the OB 2.0 stack assertion's dates, recipient and evidence (the award page of each credential counted). */
export function toStackCredentialInput(
	progress: StackProgress,
	recipient: Recipient,
	context: { achievement: AchievementInput; issuerSlug: string; statusIndex: number },
	{ urls, ob3Urls }: Ob3InputOptions,
): Ob3CredentialInput {
	const assertion = toStackAssertionInput(progress, recipient, { urls, bakedFiles: false });
	return {
		key: assertion.awardId,
		id: ob3Urls.credential(assertion.awardId),
		issuer: ob3Urls.issuer(context.issuerSlug),
		name: progress.title,
		validFrom: assertion.issuedOn,
		...(assertion.expires === undefined ? {} : { validUntil: assertion.expires }),
		...toRecipientFields(recipient),
		achievement: context.achievement,
		evidence: (assertion.evidence ?? []).map((item) => ({ visibility: 'public', url: item.url, name: item.name ?? progress.title, genre: item.genre ?? 'Credential' })),
		status: { listUrl: ob3Urls.statusList(context.issuerSlug), index: context.statusIndex },
	};
}

/**
 * A stack completed only with an award since revoked (see `listWithdrawnStacks`): published again
 * so its revoked status bit can be read, with the award pages it was earned with as evidence.
 */
export function toWithdrawnStackCredentialInput(
	progress: StackProgress,
	recipient: Recipient,
	context: { achievement: AchievementInput; issuerSlug: string; statusIndex: number },
	{ ob3Urls }: Ob3InputOptions,
): Ob3CredentialInput {
	const { portfolio } = recipient;
	const key = stackAssertionKey(portfolio.slug, progress.stackId);
	const counted = progress.earned.flatMap((credentialId) => firstCountedAward(portfolio.awards, credentialId) ?? []);
	return {
		key,
		id: ob3Urls.credential(key),
		issuer: ob3Urls.issuer(context.issuerSlug),
		name: progress.title,
		validFrom: startOfUtcDay(progress.completedOn!),
		...toRecipientFields(recipient),
		achievement: context.achievement,
		evidence: counted.map((award) => ({ visibility: 'public', url: paths.award(portfolio.slug, award.awardId), name: award.credentialTitle, genre: 'Credential' })),
		status: { listUrl: ob3Urls.statusList(context.issuerSlug), index: context.statusIndex },
	};
}

/** Public evidence links where the award page does; withheld evidence keeps only its type. */
function toEvidenceInput(slug: string, awardId: string, item: PortfolioEvidence): Ob3EvidenceInput[] {
	const genre = formatEvidenceType(item.type);
	if (item.visibility !== 'public') return [{ visibility: 'withheld', genre }];
	const url = item.file === undefined ? item.url : evidenceFilePath(slug, awardId, item.file);
	return [{ visibility: 'public', ...(url === undefined ? {} : { url }), name: item.title, genre, ...(item.description === undefined ? {} : { description: item.description }) }];
}

function reflection(text: string | undefined): Ob3EvidenceInput[] {
	return text === undefined || text.trim() === '' ? [] : [{ visibility: 'reflection', narrative: text }];
}
