import { paths } from '../paths.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { PortfolioSite } from '../model/build-portfolio-site.ts';
import type { Portfolio, PortfolioAward } from '../model/portfolio.ts';
import type { ImageJob } from './image-job.ts';
import { toCredentialFace, type SiteText } from './list-image-jobs.ts';
import type { CredentialFace } from './templates/parts/credential-medallion.ts';
import { portfolioCardBadges } from './templates/portfolio-card.ts';

/** The educator's valid awards, one per credential, the most contact hours first and, among equals, the newest. */
function listHeldAwards(portfolio: Portfolio): PortfolioAward[] {
	const held = new Map<string, PortfolioAward>();
	// Awards come newest first, so the first of each credential is its latest.
	for (const award of portfolio.awards) if (award.status === 'valid' && !held.has(award.credentialId)) held.set(award.credentialId, award);
	return [...held.values()].sort((a, b) => b.hours - a.hours);
}

/**
 * A social card per published portfolio and, with `personalAwardCards`, per award of it, except
 * revoked awards: their page says the award is not valid, and a card shared from it must not show
 * a badge as earned. Without it, award pages share their credential's card (see award-card.ts).
 */
export function listPortfolioImageJobs(
	site: PortfolioSite,
	catalog: Catalog,
	{ siteName }: Pick<SiteText, 'siteName'>,
	{ personalAwardCards = true }: { personalAwardCards?: boolean } = {},
): ImageJob[] {
	const faces = new Map<string, CredentialFace>(catalog.credentials.map((entry) => [entry.id, toCredentialFace(catalog, entry)]));
	const faceOf = (award: PortfolioAward) => {
		const face = faces.get(award.credentialId);
		// buildPortfolioSite has already refused awards of unknown credentials, so this only fails on hand-built data.
		if (!face) throw new Error(`Award ${award.awardId} names the credential ${award.credentialId}, which is not in the catalog; run npm run validate`);
		return face;
	};
	const jobs: ImageJob[] = [];
	for (const portfolio of site.portfolios) {
		const held = listHeldAwards(portfolio);
		jobs.push({
			template: 'portfolio-card',
			data: {
				siteName,
				name: portfolio.name,
				...(portfolio.district ? { district: portfolio.district.name } : {}),
				credentialCount: held.length,
				contactHours: portfolio.ledger.totalHours,
				// Only the badges drawn, so an award that would not show on the card does not change its cache key.
				topBadges: held.slice(0, portfolioCardBadges).map((award) => {
					const { color, icon } = faceOf(award);
					return { color, icon };
				}),
			},
			path: paths.socialCard('portfolios', portfolio.slug),
		});
		if (!personalAwardCards) continue;
		for (const award of portfolio.awards) {
			if (award.status === 'revoked') continue;
			jobs.push({
				template: 'award-card',
				data: { siteName, educatorName: portfolio.name, badge: { kind: 'credential', face: faceOf(award) }, issuedOn: award.awardedOn, contactHours: award.hours },
				path: paths.socialCard('awards', award.awardId),
			});
		}
	}
	return jobs;
}
