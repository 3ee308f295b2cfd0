import { type Ob3Urls, type ObUrls, paths, stackAssertionKey } from '../../../paths.ts';
import type { SiteLocation } from '../../../settings/settings.ts';
import { buildCatalogIndex, type CatalogIndex } from '../../../model/catalog-index.ts';
import { toIssuerInput } from '../../site/catalog-badge-inputs.ts';
import type { ObSiteData } from '../../site/list-ob-files.ts';
import type { Recipient } from '../../site/recipient.ts';
import { buildOb3Credential, type AchievementInput, type Ob3CredentialInput } from '../build-credential.ts';
import { buildDidDocument, buildOb3Profile } from '../build-profile.ts';
import type { CredentialSigner } from '../credential-signer.ts';
import { assignStatusIndexes, buildStatusListCredential, type StatusHolder } from '../status-list.ts';
import { VC_V2_CONTEXT } from '../types.ts';
import { toAwardCredentialInput, toCredentialAchievement, toStackAchievement, toStackCredentialInput, toWithdrawnStackCredentialInput } from './ob3-inputs.ts';
import { listWithdrawnStacks } from './withdrawn-stacks.ts';

export interface Ob3FileOptions {
	location: SiteLocation;
	urls: ObUrls;
	ob3Urls: Ob3Urls;
	saltSecret: string;
	/** Public keys to list, the signing one first. */
	publicKeys: readonly string[];
	signer: CredentialSigner;
	/** The build's date: `validFrom` of the status lists, regenerated every build. */
	now: Date;
}

/** Portfolios whose credentials are signed together: enough to keep two threads busy, few enough to hold in memory. */
const PORTFOLIO_BATCH = 32;

export interface Ob3File {
	path: string;
	text: string;
}

/**
 * Every Open Badges 3.0 file of the site: issuer profiles, the did:web document, a signed
 * credential per public or unlisted award (revoked ones too: their status bit says so) and per
 * completed stack (one completed only with a since revoked award too, revoked), one presentation per educator with all of theirs, and a signed status list per
 * issuer. Signs a batch of portfolios at a time, so memory holds only that batch's credentials.
 */
export async function* listOb3Files({ catalog, exported, site }: ObSiteData, options: Ob3FileOptions): AsyncGenerator<Ob3File> {
	const { urls, ob3Urls, publicKeys, signer } = options;
	const index = buildCatalogIndex(catalog);
	for (const entry of catalog.issuers) {
		yield json(paths.ob3.issuer(entry.id), buildOb3Profile(toIssuerInput(entry), ob3Urls.issuer(entry.id), publicKeys, urls));
	}
	yield json(paths.didDocument(options.location.base), buildDidDocument(ob3Urls.did, publicKeys, catalog.issuers.map((entry) => ob3Urls.issuer(entry.id))));

	const achievements = new AchievementLookup(index);
	const statusIndexes = assignAllStatusIndexes({ catalog, exported, site }, achievements);
	const revoked = new Map<string, number[]>(catalog.issuers.map((entry) => [entry.id, []]));
	const emails = new Map(exported.educators.map((educator) => [educator.educator_id, educator.email]));

	// Portfolios are signed a batch at a time, so the worker threads always have work queued while
	// memory holds only one batch of credentials.
	for (let start = 0; start < site.portfolios.length; start += PORTFOLIO_BATCH) {
		const batch = site.portfolios.slice(start, start + PORTFOLIO_BATCH).map((portfolio) => {
			const recipient: Recipient = { portfolio, email: emails.get(portfolio.educatorId) };
			const inputs: Ob3CredentialInput[] = [];
			for (const award of portfolio.awards) {
				const { achievement, issuerSlug } = achievements.credential(award.credentialId);
				const statusIndex = statusIndexes.get(issuerSlug)!.get(award.awardId)!;
				if (award.status === 'revoked') revoked.get(issuerSlug)!.push(statusIndex);
				inputs.push(toAwardCredentialInput(award, recipient, { achievement, issuerSlug, statusIndex }, options));
			}
			for (const progress of portfolio.stacks.completed) {
				const { achievement, issuerSlug } = achievements.stack(progress.stackId);
				const statusIndex = statusIndexes.get(issuerSlug)!.get(stackAssertionKey(portfolio.slug, progress.stackId))!;
				inputs.push(toStackCredentialInput(progress, recipient, { achievement, issuerSlug, statusIndex }, options));
			}
			for (const progress of listWithdrawnStacks(portfolio, catalog.stacks)) {
				const { achievement, issuerSlug } = achievements.stack(progress.stackId);
				const statusIndex = statusIndexes.get(issuerSlug)!.get(stackAssertionKey(portfolio.slug, progress.stackId))!;
				revoked.get(issuerSlug)!.push(statusIndex);
				inputs.push(toWithdrawnStackCredentialInput(progress, recipient, { achievement, issuerSlug, statusIndex }, options));
			}
			const signing = inputs.map((input) => signer.sign(buildOb3Credential(input, urls, options.saltSecret), input.issuer));
			// Rejections are awaited below in order; this only keeps an early one from being reported as unhandled.
			for (const pending of signing) pending.catch(() => {});
			return { portfolio, inputs, signing };
		});
		for (const { portfolio, inputs, signing } of batch) {
			const signed: Record<string, unknown>[] = [];
			for (const [position, input] of inputs.entries()) {
				const credential = await signing[position]!;
				signed.push(credential);
				yield json(paths.ob3.credential(input.key), credential);
			}
			if (signed.length > 0) {
				// No holder proof: the credentials' own proofs are what a reader checks; the file only gathers them.
				yield json(paths.ob3.presentation(portfolio.slug), { '@context': [VC_V2_CONTEXT], id: ob3Urls.presentation(portfolio.slug), type: ['VerifiablePresentation'], verifiableCredential: signed });
			}
		}
	}

	for (const entry of catalog.issuers) {
		const list = await buildStatusListCredential({ id: ob3Urls.statusList(entry.id), issuer: ob3Urls.issuer(entry.id), validFrom: options.now, revoked: revoked.get(entry.id)! });
		yield json(paths.ob3.statusList(entry.id), await signer.sign(list, ob3Urls.issuer(entry.id)));
	}
}

/** Achievements and their issuers, built once per credential or stack rather than once per award. */
export class AchievementLookup {
	readonly #index: CatalogIndex;
	readonly #credentials = new Map<string, { achievement: AchievementInput; issuerSlug: string }>();
	readonly #stacks = new Map<string, { achievement: AchievementInput; issuerSlug: string }>();

	constructor(index: CatalogIndex) {
		this.#index = index;
	}

	credential(id: string): { achievement: AchievementInput; issuerSlug: string } {
		let found = this.#credentials.get(id);
		if (found === undefined) {
			const entry = this.#index.credential(id);
			found = { achievement: toCredentialAchievement(this.#index, entry), issuerSlug: entry.data.issuer };
			this.#credentials.set(id, found);
		}
		return found;
	}

	stack(id: string): { achievement: AchievementInput; issuerSlug: string } {
		let found = this.#stacks.get(id);
		if (found === undefined) {
			const { issuerSlug, ...achievement } = toStackAchievement(this.#index, this.#index.stack(id));
			found = { achievement, issuerSlug };
			this.#stacks.set(id, found);
		}
		return found;
	}
}

/**
 * Status indexes of every credential, per issuer; a first pass, since an index depends on the
 * issuer's other credentials. Awards come from the whole export, private educators' included
 * (their indexes are never published): an index is stable only while the set of holders only
 * grows, and an educator who turns private must not free slots that move other published indexes.
 */
export function assignAllStatusIndexes({ catalog, exported, site }: ObSiteData, issuerOf: Pick<AchievementLookup, 'credential' | 'stack'>): Map<string, Map<string, number>> {
	const holders = new Map<string, StatusHolder[]>();
	const add = (issuerSlug: string, holder: StatusHolder) => {
		let list = holders.get(issuerSlug);
		if (list === undefined) holders.set(issuerSlug, (list = []));
		list.push(holder);
	};
	for (const award of exported.awards) add(issuerOf.credential(award.credential_id).issuerSlug, { key: award.award_id, since: award.awarded_on });
	for (const portfolio of site.portfolios) {
		for (const progress of [...portfolio.stacks.completed, ...listWithdrawnStacks(portfolio, catalog.stacks)]) {
			add(issuerOf.stack(progress.stackId).issuerSlug, { key: stackAssertionKey(portfolio.slug, progress.stackId), since: progress.completedOn ?? '' });
		}
	}
	const indexes = new Map<string, Map<string, number>>();
	for (const [issuerSlug, list] of holders) indexes.set(issuerSlug, assignStatusIndexes(list, issuerSlug));
	return indexes;
}

/** Compact JSON, like the OB 2.0 files: indentation would add a fifth to every credential. */
function json(path: string, document: object): Ob3File {
	return { path, text: JSON.stringify(document) };
}
