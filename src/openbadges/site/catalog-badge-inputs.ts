import { paths } from '../../paths.ts';
import type { CatalogIndex, CredentialEntry, IssuerEntry, StackEntry } from '../../model/catalog-index.ts';
import type { BadgeClassInput } from '../build-badge-class.ts';
import type { IssuerInput } from '../build-issuer.ts';

export function toIssuerInput(entry: IssuerEntry): IssuerInput {
	const { name, url, email, description, logo } = entry.data;
	return { slug: entry.id, name, url, email, description, ...(logo === undefined ? {} : { logo }) };
}

export function toCredentialBadgeInput(index: CatalogIndex, entry: CredentialEntry): BadgeClassInput {
	const { data } = entry;
	return {
		kind: 'credential',
		slug: entry.id,
		issuerSlug: data.issuer,
		name: data.title,
		description: data.competency,
		criteriaPage: paths.credential(entry.id),
		criteriaNarrative: describeCredentialCriteria(entry),
		alignments: data.alignments,
		tags: [index.focusArea(data.focusArea).data.name],
	};
}

export function toStackBadgeInput(index: CatalogIndex, entry: StackEntry): BadgeClassInput {
	const members = entry.data.credentials.map((id) => index.credential(id));
	return {
		kind: 'stack',
		slug: entry.id,
		issuerSlug: chooseStackIssuer(members),
		name: entry.data.title,
		description: entry.data.description,
		criteriaPage: paths.stack(entry.id),
		criteriaNarrative: describeStackCriteria(entry, members),
		tags: [...new Set(members.map((member) => index.focusArea(member.data.focusArea).data.name))],
	};
}

/** What a reviewer looks for and which rubric level passes, in words a backpack can show beside the badge. */
function describeCredentialCriteria(entry: CredentialEntry): string {
	const { rubric, evidence } = entry.data;
	const criteria = rubric.criteria.map((criterion) => criterion.name).join('; ');
	const submissions = evidence.map((item) => item.title).join('; ');
	return `An expert educator scores the submitted evidence (${submissions}) against the rubric's criteria (${criteria}). The badge is awarded at ${rubric.passingLevel} or above on the scale ${rubric.levels.join(', ')}.`;
}

function describeStackCriteria(entry: StackEntry, members: readonly CredentialEntry[]): string {
	const titles = members.map((member) => member.data.title).join('; ');
	const { completion } = entry.data;
	return completion.rule === 'all'
		? `Earn all ${members.length} credentials of the stack: ${titles}.`
		: `Earn any ${completion.required} of the stack's ${members.length} credentials: ${titles}.`;
}

/**
 * A BadgeClass has exactly one issuer, but a stack may gather credentials from several: the
 * issuer of most of them issues the stack, the first such in the stack's order on a tie.
 */
function chooseStackIssuer(members: readonly CredentialEntry[]): string {
	const counts = new Map<string, number>();
	for (const member of members) counts.set(member.data.issuer, (counts.get(member.data.issuer) ?? 0) + 1);
	return members.reduce((best, member) => (counts.get(member.data.issuer)! > counts.get(best)! ? member.data.issuer : best), members[0]!.data.issuer);
}
