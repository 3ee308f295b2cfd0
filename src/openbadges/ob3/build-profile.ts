import { type ObUrls } from '../../paths.ts';
import type { IssuerInput } from '../build-issuer.ts';
import { DID_V1_CONTEXT, MULTIKEY_CONTEXT, OB_V3_CONTEXT, VC_V2_CONTEXT, type Ob3Image, type Ob3Multikey } from './types.ts';

/** The id of a public key inside the document that controls it: the key itself names the fragment, so a rotated key never reuses an old id. */
export function keyId(controller: string, publicKeyMultibase: string): string {
	return `${controller}#${publicKeyMultibase}`;
}

export interface Ob3Profile {
	'@context': string[];
	id: string;
	type: string[];
	name: string;
	url: string;
	email: string;
	description?: string;
	image?: Ob3Image;
	verificationMethod: Ob3Multikey[];
	assertionMethod: string[];
}

/**
 * The issuer's OB 3.0 Profile at its id URL, listing every public key (the signing one first, then
 * retired ones so older credentials still verify). The DID and Multikey contexts define
 * `verificationMethod` / `assertionMethod`, which verifiers read to accept the key for the issuer.
 */
export function buildOb3Profile(input: IssuerInput, id: string, publicKeys: readonly string[], urls: ObUrls): Ob3Profile {
	const keys = publicKeys.map((publicKeyMultibase): Ob3Multikey => ({ id: keyId(id, publicKeyMultibase), type: 'Multikey', controller: id, publicKeyMultibase }));
	return {
		'@context': [VC_V2_CONTEXT, OB_V3_CONTEXT, MULTIKEY_CONTEXT, DID_V1_CONTEXT],
		id,
		type: ['Profile'],
		name: input.name,
		url: input.url,
		email: input.email,
		...(input.description === undefined ? {} : { description: input.description }),
		...(input.logo === undefined ? {} : { image: { id: urls.page(input.logo), type: 'Image' as const, caption: `Logo of ${input.name}` } }),
		verificationMethod: keys,
		assertionMethod: keys.map((key) => key.id),
	};
}

export interface DidDocument {
	'@context': string[];
	id: string;
	alsoKnownAs: string[];
	verificationMethod: Ob3Multikey[];
	assertionMethod: string[];
}

/** The site's did:web document: the same public keys, so a verifier that resolves DIDs finds them too. */
export function buildDidDocument(did: string, publicKeys: readonly string[], issuerProfiles: readonly string[]): DidDocument {
	const keys = publicKeys.map((publicKeyMultibase): Ob3Multikey => ({ id: keyId(did, publicKeyMultibase), type: 'Multikey', controller: did, publicKeyMultibase }));
	return {
		'@context': [DID_V1_CONTEXT, MULTIKEY_CONTEXT],
		id: did,
		alsoKnownAs: [...issuerProfiles],
		verificationMethod: keys,
		assertionMethod: keys.map((key) => key.id),
	};
}
