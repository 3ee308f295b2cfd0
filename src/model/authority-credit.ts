import type { Authority } from '../schemas/authority.ts';
import type { Credential } from '../schemas/credential.ts';

/** How one licensing authority counts one credential. */
export interface AuthorityCredit {
	/** Whether the authority accepts the credential at all. */
	accepted: boolean;
	/** Credit in the authority's own unit (0 when not accepted). */
	amount: number;
	/** True when the authority sets its own amount instead of converting the credential's hours. */
	overridden: boolean;
}

/** Whether an authority counts a credential: listed focus areas or credentials, or everything when it lists none. */
export function acceptsCredential(authority: Authority, credentialId: string, credential: Pick<Credential, 'focusArea'>): boolean {
	const { focusAreas, credentials, overrides } = authority;
	if (focusAreas.length === 0 && credentials.length === 0) return true;
	return (
		focusAreas.includes(credential.focusArea) ||
		credentials.includes(credentialId) ||
		overrides.some((line) => line.credential === credentialId)
	);
}

/** Credit an authority gives for a credential worth `hours` contact hours (the credential's own unless an award overrides it). */
export function creditFor(
	authority: Authority,
	credentialId: string,
	credential: Pick<Credential, 'focusArea' | 'contactHours'>,
	hours = credential.contactHours,
): AuthorityCredit {
	if (!acceptsCredential(authority, credentialId, credential)) return { accepted: false, amount: 0, overridden: false };
	const override = authority.overrides.find((line) => line.credential === credentialId);
	if (override) return { accepted: true, amount: override.amount, overridden: true };
	return { accepted: true, amount: roundCredit(hours * authority.unitsPerHour), overridden: false };
}

/** Rounds to two decimals so CEU conversions print as 1.5, not 1.5000000000000002. */
export function roundCredit(amount: number): number {
	return Math.round(amount * 100) / 100;
}

const unitLabels: Record<Authority['unit'], [singular: string, plural: string]> = {
	'contact-hours': ['contact hour', 'contact hours'],
	'pd-points': ['PD point', 'PD points'],
	ceus: ['CEU', 'CEUs'],
};

/** "15 contact hours", "1 CEU", "1.5 CEUs". */
export function formatCredit(amount: number, unit: Authority['unit']): string {
	const [singular, plural] = unitLabels[unit];
	return `${amount} ${amount === 1 ? singular : plural}`;
}
