import { paths } from '../../paths.ts';
import type { Catalog } from '../../catalog/catalog.ts';
import type { EarnerExport } from '../../export/earner-export.ts';
import type { PortfolioSite } from '../../model/build-portfolio-site.ts';
import { buildCatalogIndex } from '../../model/catalog-index.ts';
import { buildAssertion, type AssertionInput } from '../build-assertion.ts';
import { buildBadgeClass } from '../build-badge-class.ts';
import { buildIssuerProfile } from '../build-issuer.ts';
import { buildRevokedAssertion } from '../build-revoked-assertion.ts';
import { toAwardAssertionInput, toRevocationInput, type AssertionOptions } from './award-assertion-input.ts';
import { toCredentialBadgeInput, toIssuerInput, toStackBadgeInput } from './catalog-badge-inputs.ts';
import type { Recipient } from './recipient.ts';
import { toStackAssertionInput } from './stack-assertion-input.ts';

/** A file of the published site: JSON text, or a badge image to bake an assertion into. */
export type ObFile = { path: string; text: string } | { path: string; bake: { image: string; assertion: string } };

export interface ObSiteData {
	catalog: Catalog;
	exported: EarnerExport;
	/** Public and unlisted educators only, so private ones can never reach a file. */
	site: PortfolioSite;
}

export interface ObFileOptions extends AssertionOptions {
	saltSecret: string;
}

/**
 * Every Open Badges file of the site, as site paths and contents. A generator, so a state-sized
 * export is written award by award instead of being held in memory as text.
 */
export function* listObFiles({ catalog, exported, site }: ObSiteData, options: ObFileOptions): Generator<ObFile> {
	const { urls } = options;
	const index = buildCatalogIndex(catalog);
	for (const entry of catalog.issuers) yield json(paths.ob.issuer(entry.id), buildIssuerProfile(toIssuerInput(entry), urls));
	for (const entry of catalog.credentials) yield json(paths.ob.badgeClass(entry.id), buildBadgeClass(toCredentialBadgeInput(index, entry), urls));
	for (const entry of catalog.stacks) yield json(paths.ob.stackBadgeClass(entry.id), buildBadgeClass(toStackBadgeInput(index, entry), urls));
	const emails = new Map(exported.educators.map((educator) => [educator.educator_id, educator.email]));
	for (const portfolio of site.portfolios) {
		const recipient: Recipient = { portfolio, email: emails.get(portfolio.educatorId) };
		for (const award of portfolio.awards) {
			if (award.status === 'revoked') yield json(paths.ob.assertion(award.awardId), buildRevokedAssertion(toRevocationInput(award), urls));
			else yield* assertionFiles(toAwardAssertionInput(award, recipient, options), paths.badgeImage(award.credentialId), options);
		}
		for (const progress of portfolio.stacks.completed) {
			yield* assertionFiles(toStackAssertionInput(progress, recipient, options), paths.stackBadgeImage(progress.stackId), options);
		}
	}
}

/** The hosted assertion, and its baked badge when baked files are stored; both hold the same bytes of JSON. */
function* assertionFiles(input: AssertionInput, badgeImage: string, { urls, saltSecret, bakedFiles }: ObFileOptions): Generator<ObFile> {
	const file = json(paths.ob.assertion(input.awardId), buildAssertion(input, urls, saltSecret));
	yield file;
	if (bakedFiles) yield { path: paths.ob.baked(input.awardId), bake: { image: badgeImage, assertion: file.text } };
}

/** Compact JSON: indentation would add 18% to every assertion, about 190 MB at a million awards. */
function json(path: string, document: object): { path: string; text: string } {
	return { path, text: JSON.stringify(document) };
}
