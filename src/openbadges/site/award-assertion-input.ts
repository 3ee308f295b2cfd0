import { type ObUrls, evidenceFilePath, paths } from '../../paths.ts';
import type { PortfolioAward, PortfolioEvidence } from '../../model/portfolio.ts';
import { formatEvidenceType } from '../../site/format.ts';
import type { AssertionInput, EvidenceInput } from '../build-assertion.ts';
import type { RevocationInput } from '../build-revoked-assertion.ts';
import { startOfUtcDay } from '../date-time.ts';
import { toRecipientFields, type Recipient } from './recipient.ts';

export interface AssertionOptions {
	urls: ObUrls;
	/** When baked badges are stored as files, the assertion names the file as its `image`. */
	bakedFiles: boolean;
}

const DEFAULT_REVOCATION_REASON = 'The issuer revoked this award.';

export function toAwardAssertionInput(award: PortfolioAward, recipient: Recipient, { urls, bakedFiles }: AssertionOptions): AssertionInput {
	return {
		awardId: award.awardId,
		badge: urls.badge(award.credentialId),
		...toRecipientFields(recipient),
		issuedOn: startOfUtcDay(award.awardedOn),
		...(award.expiresOn === undefined ? {} : { expires: startOfUtcDay(award.expiresOn) }),
		evidence: award.evidence.flatMap((item) => toEvidenceInput(recipient.portfolio.slug, award.awardId, item)),
		...(award.reflection === undefined ? {} : { reflection: award.reflection }),
		...(bakedFiles ? { image: paths.ob.baked(award.awardId) } : {}),
	};
}

export function toRevocationInput(award: PortfolioAward): RevocationInput {
	return { awardId: award.awardId, reason: award.revocationReason ?? DEFAULT_REVOCATION_REASON };
}

/** Withheld evidence stays unpublished; a housed file is linked where the site serves it, as the award page does. */
function toEvidenceInput(slug: string, awardId: string, item: PortfolioEvidence): EvidenceInput[] {
	if (item.visibility !== 'public') return [];
	const url = item.file === undefined ? item.url : evidenceFilePath(slug, awardId, item.file);
	if (url === undefined) return [];
	return [{ url, name: item.title, genre: formatEvidenceType(item.type), ...(item.description === undefined ? {} : { description: item.description }) }];
}
