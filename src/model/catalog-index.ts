import type { Catalog, CatalogEntry } from '../catalog/catalog.ts';
import type { Authority } from '../schemas/authority.ts';
import type { Credential } from '../schemas/credential.ts';
import type { FocusArea } from '../schemas/focus-area.ts';
import type { Issuer } from '../schemas/issuer.ts';
import type { Stack } from '../schemas/stack.ts';
import { creditFor, roundAmount } from './authority-credit.ts';
import { groupBy } from './group-by.ts';

export type CredentialEntry = CatalogEntry<Credential>;
export type StackEntry = CatalogEntry<Stack>;
export type FocusAreaEntry = CatalogEntry<FocusArea>;
export type IssuerEntry = CatalogEntry<Issuer>;
export type AuthorityEntry = CatalogEntry<Authority>;

/** The catalog with every join the pages need, computed once per build. */
export interface CatalogIndex {
	catalog: Catalog;
	/** Focus areas by `order`, then name. */
	focusAreas: FocusAreaEntry[];
	/** Credentials by title. */
	credentials: CredentialEntry[];
	stacks: StackEntry[];
	issuers: IssuerEntry[];
	authorities: AuthorityEntry[];
	issuer: (id: string) => IssuerEntry;
	focusArea: (id: string) => FocusAreaEntry;
	credential: (id: string) => CredentialEntry;
	stack: (id: string) => StackEntry;
	credentialsInFocusArea: (focusAreaId: string) => CredentialEntry[];
	credentialsByIssuer: (issuerId: string) => CredentialEntry[];
	stacksContaining: (credentialId: string) => StackEntry[];
}

function indexById<T>(entries: CatalogEntry<T>[], label: string): (id: string) => CatalogEntry<T> {
	const map = new Map(entries.map((entry) => [entry.id, entry]));
	return (id) => {
		const entry = map.get(id);
		if (!entry) throw new Error(`No ${label} with id "${id}"; references are checked when the catalog loads, so this is a bug in the caller.`);
		return entry;
	};
}

function lookUpGroups<T>(entries: T[], key: (entry: T) => string): (id: string) => T[] {
	const groups = groupBy(entries, key);
	return (id) => groups.get(id) ?? [];
}

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => a.data.title.localeCompare(b.data.title, 'en');
const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => a.data.name.localeCompare(b.data.name, 'en');

/** Builds the lookups and groupings every page shares. */
export function buildCatalogIndex(catalog: Catalog): CatalogIndex {
	const credentials = [...catalog.credentials].sort(byTitle);
	const stacks = [...catalog.stacks].sort(byTitle);
	const stackMembership = new Map<string, StackEntry[]>();
	for (const stack of stacks) {
		for (const id of stack.data.credentials) stackMembership.set(id, [...(stackMembership.get(id) ?? []), stack]);
	}
	return {
		catalog,
		focusAreas: [...catalog.focusAreas].sort((a, b) => a.data.order - b.data.order || byName(a, b)),
		credentials,
		stacks,
		issuers: [...catalog.issuers].sort(byName),
		authorities: [...catalog.authorities].sort(byName),
		issuer: indexById(catalog.issuers, 'issuer'),
		focusArea: indexById(catalog.focusAreas, 'focus area'),
		credential: indexById(catalog.credentials, 'credential'),
		stack: indexById(catalog.stacks, 'stack'),
		credentialsInFocusArea: lookUpGroups(credentials, (entry) => entry.data.focusArea),
		credentialsByIssuer: lookUpGroups(credentials, (entry) => entry.data.issuer),
		stacksContaining: (id) => stackMembership.get(id) ?? [],
	};
}

/** Credentials worth exploring next: shared stacks first, then the same focus area; active ones only. */
export function findRelatedCredentials(index: CatalogIndex, credentialId: string, limit = 4): CredentialEntry[] {
	const self = index.credential(credentialId);
	const fromStacks = index.stacksContaining(credentialId).flatMap((stack) => stack.data.credentials.map((id) => index.credential(id)));
	const fromArea = index.credentialsInFocusArea(self.data.focusArea);
	const seen = new Set([credentialId]);
	const related: CredentialEntry[] = [];
	for (const entry of [...fromStacks, ...fromArea]) {
		if (seen.has(entry.id) || entry.data.status !== 'active') continue;
		seen.add(entry.id);
		related.push(entry);
	}
	return related.slice(0, limit);
}

/** How one licensing authority counts one credential. */
export interface AuthorityCredit {
	authority: AuthorityEntry;
	/** Credit in the authority's unit; undefined when the authority does not count the credential. */
	amount: number | undefined;
	/** True when the authority sets its own amount instead of converting the credential's hours. */
	overridden: boolean;
}

/** What each licensing authority counts a credential as. */
export function listAuthorityCredits(index: CatalogIndex, credential: CredentialEntry): AuthorityCredit[] {
	return index.authorities.map((authority) => {
		const amount = creditFor(authority.data, credential, credential.data.contactHours);
		return {
			authority,
			amount: amount === undefined ? undefined : roundAmount(amount),
			overridden: authority.data.overrides.some((line) => line.credential === credential.id),
		};
	});
}

/** Hours a stack is worth: the credentials needed to complete it plus its bonus. */
export function summarizeStack(index: CatalogIndex, stack: StackEntry): { required: number; total: number; minimumHours: number; bonusHours: number } {
	const hours = stack.data.credentials.map((id) => index.credential(id).data.contactHours).sort((a, b) => a - b);
	const required = stack.data.completion.rule === 'all' ? hours.length : stack.data.completion.required;
	const minimumHours = hours.slice(0, required).reduce((sum, value) => sum + value, 0) + stack.data.bonusHours;
	return { required, total: hours.length, minimumHours, bonusHours: stack.data.bonusHours };
}

/** Distinct evidence types a credential asks for, in vocabulary order of first appearance. */
export function listEvidenceTypes(credential: Credential): Credential['evidence'][number]['type'][] {
	return [...new Set(credential.evidence.map((item) => item.type))];
}
