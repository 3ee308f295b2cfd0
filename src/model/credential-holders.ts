import type { Portfolio } from './portfolio.ts';

/** A public educator who holds a credential: a peer to learn from, and a potential reviewer. */
export interface CredentialHolder {
	slug: string;
	name: string;
	district?: string;
	awardedOn: string;
}

/** Public holders of each credential with a valid award, keyed by credential id, earliest holders first. */
export function buildCredentialHolders(portfolios: readonly Portfolio[]): Map<string, CredentialHolder[]> {
	const holders = new Map<string, CredentialHolder[]>();
	for (const portfolio of portfolios) {
		if (portfolio.visibility !== 'public') continue;
		const held = new Map<string, string>();
		for (const award of portfolio.awards) {
			if (award.status !== 'valid') continue;
			const earlier = held.get(award.credentialId);
			if (!earlier || award.awardedOn < earlier) held.set(award.credentialId, award.awardedOn);
		}
		for (const [credentialId, awardedOn] of held) {
			const list = holders.get(credentialId) ?? [];
			holders.set(credentialId, list);
			list.push({ slug: portfolio.slug, name: portfolio.name, ...(portfolio.district ? { district: portfolio.district.name } : {}), awardedOn });
		}
	}
	for (const list of holders.values()) list.sort((a, b) => a.awardedOn.localeCompare(b.awardedOn) || a.slug.localeCompare(b.slug));
	return holders;
}
