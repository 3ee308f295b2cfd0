import type { CatalogEntry } from '../catalog/catalog.ts';
import type { Authority } from '../schemas/authority.ts';
import type { Credential } from '../schemas/credential.ts';

/** Whether an authority counts a credential toward licence renewal. */
export function acceptsCredential(authority: Authority, credential: CatalogEntry<Credential>): boolean {
	const acceptsAll = authority.focusAreas.length === 0 && authority.credentials.length === 0;
	// An override names the credential, so the authority has recognised it even outside its focus areas.
	const overridden = authority.overrides.some((line) => line.credential === credential.id);
	return acceptsAll || overridden || authority.focusAreas.includes(credential.data.focusArea) || authority.credentials.includes(credential.id);
}

/** What an authority credits for an award, in the authority's unit; undefined when it does not accept the credential. */
export function creditFor(authority: Authority, credential: CatalogEntry<Credential>, hours: number): number | undefined {
	if (!acceptsCredential(authority, credential)) return undefined;
	const override = authority.overrides.find((line) => line.credential === credential.id);
	return override ? override.amount : hours * authority.unitsPerHour;
}

/** Hours and credits are shown to two decimals; rounding once here keeps sums like 0.1 + 0.2 exact on the page. */
export function roundAmount(amount: number): number {
	return Math.round(amount * 100) / 100;
}
