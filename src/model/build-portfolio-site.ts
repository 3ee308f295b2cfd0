import type { Catalog, CatalogEntry } from '../catalog/catalog.ts';
import type { Credential } from '../schemas/credential.ts';
import type { EarnerExport } from '../export/earner-export.ts';
import type { Award } from '../schemas/export-award.ts';
import type { Educator } from '../schemas/export-educator.ts';
import type { Evidence } from '../schemas/export-evidence.ts';
import { toAwardStatus } from './award-status.ts';
import { buildLedger } from './contact-hour-ledger.ts';
import { buildCredentialHolders, type CredentialHolder } from './credential-holders.ts';
import { buildDistrictRosters, type DistrictRoster } from './district-roster.ts';
import { toDistrictSlug } from './district-slug.ts';
import { groupBy } from './group-by.ts';
import type { Portfolio, PortfolioAward, PortfolioEvidence } from './portfolio.ts';
import { assignPortfolioSlugs } from './portfolio-slug.ts';
import { toStackProgress } from './stack-progress.ts';

/** Everything the pages derive from the export, computed once per build. */
export interface PortfolioSite {
	/** Public and unlisted educators, by slug; private educators are absent. */
	portfolios: Portfolio[];
	bySlug: Map<string, Portfolio>;
	/** Public educators only. */
	districts: DistrictRoster[];
	/** Public holders of each credential. */
	holders: Map<string, CredentialHolder[]>;
}

/** What every portfolio is derived against, computed once per build. */
interface SiteContext {
	catalog: Catalog;
	now: Date;
	credentials: ReadonlyMap<string, CatalogEntry<Credential>>;
	retired: ReadonlySet<string>;
}

function toPortfolioEvidence(evidence: Evidence): PortfolioEvidence {
	const { evidence_id: evidenceId, type, title } = evidence;
	if (evidence.visibility === 'withheld') return { evidenceId, type, title, visibility: 'withheld' };
	return {
		evidenceId,
		type,
		title,
		visibility: 'public',
		...(evidence.url ? { url: evidence.url } : {}),
		...(evidence.file ? { file: evidence.file } : {}),
		...(evidence.description ? { description: evidence.description } : {}),
	};
}

function toPortfolioAward(award: Award, evidence: readonly Evidence[], { credentials, now }: SiteContext): PortfolioAward {
	const credential = credentials.get(award.credential_id);
	if (!credential) throw new Error(`Award ${award.award_id} names the credential ${award.credential_id}, which validation should have refused; run npm run validate`);
	return {
		awardId: award.award_id,
		credentialId: credential.id,
		credentialTitle: credential.data.title,
		focusAreaId: credential.data.focusArea,
		awardedOn: award.awarded_on,
		...(award.expires_on ? { expiresOn: award.expires_on } : {}),
		rubricLevel: award.rubric_level,
		...(award.reviewer ? { reviewer: award.reviewer } : {}),
		...(award.reflection ? { reflection: award.reflection } : {}),
		hours: award.contact_hours ?? credential.data.contactHours,
		status: toAwardStatus(award, now),
		...(award.revoked && award.revocation_reason ? { revocationReason: award.revocation_reason } : {}),
		evidence: evidence.map(toPortfolioEvidence),
	};
}

function toPortfolio(educator: Educator, slug: string, awards: readonly PortfolioAward[], { catalog, now, retired }: SiteContext): Portfolio {
	const earnedOn = new Map<string, string>();
	for (const award of awards) {
		const earlier = earnedOn.get(award.credentialId);
		if (award.status === 'valid' && (!earlier || award.awardedOn < earlier)) earnedOn.set(award.credentialId, award.awardedOn);
	}
	const progress = catalog.stacks.flatMap((stack) => toStackProgress(stack, earnedOn, retired) ?? []);
	return {
		educatorId: educator.educator_id,
		slug,
		name: educator.name,
		visibility: educator.visibility === 'public' ? 'public' : 'unlisted',
		...(educator.role ? { role: educator.role } : {}),
		...(educator.school ? { school: educator.school } : {}),
		...(educator.district ? { district: { name: educator.district, slug: toDistrictSlug(educator.district) } } : {}),
		...(educator.bio ? { bio: educator.bio } : {}),
		awards: [...awards].sort((a, b) => b.awardedOn.localeCompare(a.awardedOn) || a.awardId.localeCompare(b.awardId)),
		stacks: { completed: progress.filter((stack) => stack.complete), inProgress: progress.filter((stack) => !stack.complete) },
		ledger: buildLedger(educator, awards, progress, catalog, now),
	};
}

/**
 * Derives every portfolio, roster and holder list from a validated export in one pass, so pages
 * only look data up. Private educators are dropped here, before any page can see them.
 */
export function buildPortfolioSite(catalog: Catalog, exported: EarnerExport, now = new Date()): PortfolioSite {
	const { slugs } = assignPortfolioSlugs(exported.educators);
	const retired = new Set(catalog.credentials.filter((entry) => entry.data.status === 'retired').map((entry) => entry.id));
	const credentials = new Map(catalog.credentials.map((entry) => [entry.id, entry]));
	const context: SiteContext = { catalog, now, credentials, retired };
	const awardsByEducator = groupBy(exported.awards, (award) => award.educator_id);
	const evidenceByAward = groupBy(exported.evidence, (item) => item.award_id);
	const portfolios: Portfolio[] = [];
	for (const educator of exported.educators) {
		if (educator.visibility === 'private') continue;
		const awards = (awardsByEducator.get(educator.educator_id) ?? []).map((award) =>
			toPortfolioAward(award, evidenceByAward.get(award.award_id) ?? [], context),
		);
		portfolios.push(toPortfolio(educator, slugs.get(educator.educator_id)!, awards, context));
	}
	portfolios.sort((a, b) => a.slug.localeCompare(b.slug));
	return {
		portfolios,
		bySlug: new Map(portfolios.map((portfolio) => [portfolio.slug, portfolio])),
		districts: buildDistrictRosters(portfolios),
		holders: buildCredentialHolders(portfolios),
	};
}
