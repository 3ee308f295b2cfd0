import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import type { Ed25519MultikeyKeyPair } from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { issue } from '@digitalbazaar/vc';
import type { DocumentLoader } from './document-loader.ts';

export interface SignOptions {
	/** The issuer's key pair; its `id` becomes the proof's `verificationMethod`. */
	keyPair: Ed25519MultikeyKeyPair;
	/** Our offline loader: every context and our own documents, never the network. */
	documentLoader: DocumentLoader;
	/** The proof's `created`; fixed by the caller so a cached signature and a fresh one agree. */
	created: string | Date;
}

/**
 * Signs a credential with a DataIntegrityProof, cryptosuite eddsa-rdfc-2022, and returns it with
 * `proof` as a one-item array: the 1EdTech schema requires an array and every verifier accepts one.
 */
export async function signCredential(credential: object, options: SignOptions): Promise<Record<string, unknown>> {
	const suite = new DataIntegrityProof({ signer: options.keyPair.signer(), cryptosuite: eddsaRdfc2022, date: options.created });
	// `issue` adds the proof to the object it is given; sign a copy so the caller's stays unsigned.
	const signed = await issue({ credential: structuredClone(credential), suite, documentLoader: options.documentLoader }).catch((error: unknown) => {
		throw explainSigningError(error, credential);
	});
	const { proof } = signed;
	return { ...signed, proof: Array.isArray(proof) ? proof : [proof] };
}

/**
 * JSON-LD safe mode refuses a document with a term its contexts do not define, but says only
 * "Safe mode validation error"; name the term and the document so the cause is findable.
 */
function explainSigningError(error: unknown, credential: object): unknown {
	const details = (error as { details?: { event?: { code?: string; details?: Record<string, unknown> } } }).details?.event;
	if (details === undefined) return error;
	const id = (credential as { id?: unknown }).id;
	const what = Object.entries(details.details ?? {})
		.filter(([, value]) => typeof value === 'string' || typeof value === 'number')
		.map(([key, value]) => `${key} ${JSON.stringify(value)}`)
		.join(', ');
	return new Error(`Cannot sign ${typeof id === 'string' ? id : 'a credential'}: JSON-LD found ${details.code ?? 'a problem'}${what === '' ? '' : ` (${what})`}. Every property must be a term of the credential's contexts (VC 2.0 and OB 3.0.3); rename or drop it.`, { cause: error });
}
