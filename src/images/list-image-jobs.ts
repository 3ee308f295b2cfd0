import { paths } from '../paths.ts';
import type { Catalog, CatalogEntry } from '../catalog/catalog.ts';
import type { Credential } from '../schemas/credential.ts';
import type { Stack } from '../schemas/stack.ts';
import type { ImageJob } from './image-job.ts';
import type { CredentialFace } from './templates/parts/credential-medallion.ts';
import type { StackFace } from './templates/parts/stack-medallion.ts';

/** Site-wide words the cards show. */
export interface SiteText {
	siteName: string;
	tagline: string;
}

function findEntry<T>(entries: readonly CatalogEntry<T>[], id: string, what: string, from: string): CatalogEntry<T> {
	const entry = entries.find((candidate) => candidate.id === id);
	// readCatalog has already checked references, so this only fails on a hand-built catalog.
	if (!entry) throw new Error(`${from} refers to ${what} "${id}", which is not in the catalog; add it or fix the reference.`);
	return entry;
}

/** Colour, icon, title and issuer of a credential's badge. */
export function toCredentialFace(catalog: Catalog, entry: CatalogEntry<Credential>): CredentialFace {
	const focusArea = findEntry(catalog.focusAreas, entry.data.focusArea, 'focus area', entry.filePath).data;
	const issuer = findEntry(catalog.issuers, entry.data.issuer, 'issuer', entry.filePath).data;
	return { title: entry.data.title, issuerName: issuer.name, color: focusArea.color, icon: focusArea.icon };
}

function describeRequirement(stack: Stack): string {
	const count = stack.credentials.length;
	return stack.completion.rule === 'all' ? `All ${count} credentials` : `Any ${stack.completion.required} of ${count} credentials`;
}

/** Hours of completing the stack the cheapest way, bonus included; "at least" when the educator chooses which credentials. */
function describeHours(stack: Stack, members: readonly Credential[]): string {
	const hours = members.map((member) => member.contactHours).sort((a, b) => a - b);
	const required = stack.completion.rule === 'all' ? hours.length : stack.completion.required;
	const total = hours.slice(0, required).reduce((sum, value) => sum + value, 0) + stack.bonusHours;
	return `${stack.completion.rule === 'all' ? '' : 'At least '}${total} contact hours`;
}

/** Badge of a stack: coloured by the focus area most of its credentials share, the first such on a tie. */
export function toStackFace(catalog: Catalog, entry: CatalogEntry<Stack>): StackFace {
	const members = entry.data.credentials.map((id) => toCredentialFace(catalog, findEntry(catalog.credentials, id, 'credential', entry.filePath)));
	const counts = new Map<string, number>();
	for (const member of members) counts.set(member.color, (counts.get(member.color) ?? 0) + 1);
	const color = members.reduce((best, member) => (counts.get(member.color)! > counts.get(best)! ? member.color : best), members[0]!.color);
	return {
		title: entry.data.title,
		issuerName: [...new Set(members.map((member) => member.issuerName))].join(' & '),
		color,
		members: members.map(({ color: memberColor, icon }) => ({ color: memberColor, icon })),
		requirement: describeRequirement(entry.data),
	};
}

/** Every catalog image: a badge and a social card per credential and per stack, and the default card. */
export function listImageJobs(catalog: Catalog, site: SiteText): ImageJob[] {
	const jobs: ImageJob[] = [];
	for (const entry of catalog.credentials) {
		const face = toCredentialFace(catalog, entry);
		const focusArea = findEntry(catalog.focusAreas, entry.data.focusArea, 'focus area', entry.filePath).data;
		jobs.push({ template: 'credential-badge', data: face, path: paths.badgeImage(entry.id) });
		jobs.push({
			template: 'credential-card',
			data: { ...face, siteName: site.siteName, focusAreaName: focusArea.name, competency: entry.data.competency, contactHours: entry.data.contactHours },
			path: paths.socialCard('credentials', entry.id),
		});
	}
	for (const entry of catalog.stacks) {
		const face = toStackFace(catalog, entry);
		const members = entry.data.credentials.map((id) => findEntry(catalog.credentials, id, 'credential', entry.filePath).data);
		jobs.push({ template: 'stack-badge', data: face, path: paths.stackBadgeImage(entry.id) });
		jobs.push({
			template: 'stack-card',
			data: { ...face, siteName: site.siteName, description: entry.data.description, hours: describeHours(entry.data, members) },
			path: paths.socialCard('stacks', entry.id),
		});
	}
	const focusAreas = [...catalog.focusAreas].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
	jobs.push({
		template: 'default-card',
		data: { ...site, focusAreas: focusAreas.map((area) => ({ color: area.data.color, icon: area.data.icon })) },
		path: paths.socialCard('default'),
	});
	return jobs;
}
