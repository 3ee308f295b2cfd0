import { type ObUrls } from '../paths.ts';
import { OB_V2_CONTEXT } from './context.ts';
import { formatDateTime } from './date-time.ts';
import { deriveSalt, hashIdentity } from './recipient-hash.ts';
import type { Assertion, Evidence, IdentityObject } from './types.ts';

export interface EvidenceInput {
	/** Absolute URL, or a path relative to the site base. */
	url: string;
	name?: string;
	/** Kind of evidence, e.g. "Lesson plan". */
	genre?: string;
	/** What the artifact shows. */
	description?: string;
}

export interface AssertionInput {
	awardId: string;
	/** The BadgeClass id (see `urls.badge` / `urls.stackBadge`). */
	badge: string;
	/** The educator's email; preferred recipient identity. */
	email?: string;
	/** The educator's portfolio page, used as a `url` identity when there is no email. */
	portfolioUrl?: string;
	issuedOn: Date;
	expires?: Date;
	evidence?: readonly EvidenceInput[];
	/** The educator's reflection, published as evidence narrative. */
	reflection?: string;
	/** Where the baked badge for this award can be downloaded, if stored as a file. */
	image?: string;
}

export function buildAssertion(input: AssertionInput, urls: ObUrls, saltSecret: string): Assertion {
	const evidence = [...(input.evidence ?? []).map((item) => toEvidence(item, urls)), ...reflectionEvidence(input.reflection)];
	return {
		'@context': OB_V2_CONTEXT,
		type: 'Assertion',
		id: urls.assertion(input.awardId),
		recipient: buildRecipient(input, urls, saltSecret),
		badge: input.badge,
		issuedOn: formatDateTime(input.issuedOn),
		...(input.expires === undefined ? {} : { expires: formatDateTime(input.expires) }),
		...(input.image === undefined ? {} : { image: urls.page(input.image) }),
		...(evidence.length === 0 ? {} : { evidence }),
		verification: { type: 'hosted' },
	};
}

function buildRecipient(input: AssertionInput, urls: ObUrls, saltSecret: string): IdentityObject {
	const salt = deriveSalt(saltSecret, input.awardId);
	if (input.email !== undefined) {
		// Addresses are case-insensitive in practice; normalising lets the hash match however the educator types it.
		return { type: 'email', hashed: true, salt, identity: hashIdentity(input.email.trim().toLowerCase(), salt) };
	}
	if (input.portfolioUrl !== undefined) {
		return { type: 'url', hashed: true, salt, identity: hashIdentity(urls.page(input.portfolioUrl), salt) };
	}
	throw new Error(`Award "${input.awardId}" has neither an educator email nor a portfolio URL, so its Open Badge would have no recipient. Add an email to the educator's file or give them a public portfolio.`);
}

function toEvidence(item: EvidenceInput, urls: ObUrls): Evidence {
	return {
		type: 'Evidence',
		id: urls.page(item.url),
		...(item.name === undefined ? {} : { name: item.name }),
		...(item.genre === undefined ? {} : { genre: item.genre }),
		...(item.description === undefined ? {} : { description: item.description }),
	};
}

function reflectionEvidence(reflection: string | undefined): Evidence[] {
	if (reflection === undefined || reflection.trim() === '') return [];
	return [{ type: 'Evidence', genre: 'Reflection', narrative: reflection }];
}
