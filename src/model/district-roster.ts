import type { Portfolio } from './portfolio.ts';

/** A public educator as a district administrator sees them. */
export interface RosterEntry {
	slug: string;
	name: string;
	role?: string;
	school?: string;
	/** Credentials currently held (valid awards), in the order earned. */
	credentialIds: string[];
	totalHours: number;
}

/** The public educators of one district. */
export interface DistrictRoster {
	slug: string;
	name: string;
	educators: RosterEntry[];
}

/** Groups public portfolios by district; unlisted and private educators never appear on district pages. */
export function buildDistrictRosters(portfolios: readonly Portfolio[]): DistrictRoster[] {
	const rosters = new Map<string, DistrictRoster>();
	for (const portfolio of portfolios) {
		if (portfolio.visibility !== 'public' || !portfolio.district) continue;
		const { slug, name } = portfolio.district;
		const roster = rosters.get(slug) ?? { slug, name, educators: [] };
		rosters.set(slug, roster);
		roster.educators.push({
			slug: portfolio.slug,
			name: portfolio.name,
			...(portfolio.role ? { role: portfolio.role } : {}),
			...(portfolio.school ? { school: portfolio.school } : {}),
			credentialIds: portfolio.awards.filter((award) => award.status === 'valid').map((award) => award.credentialId).reverse(),
			totalHours: portfolio.ledger.totalHours,
		});
	}
	for (const roster of rosters.values()) roster.educators.sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
	return [...rosters.values()].sort((a, b) => a.name.localeCompare(b.name));
}
