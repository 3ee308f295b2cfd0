import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import jsigs from 'jsonld-signatures';
import { isJsonObject, toList } from '../json.ts';
import type { DocumentLoader } from '../ob3/document-loader.ts';
import { check, type Check, errorText } from './checklist.ts';

/** The cryptosuites whose proofs this verifier checks. */
const SUITE_NAMES = ['eddsa-rdfc-2022', 'eddsa-2022'];

/**
 * `eddsa-2022` is the draft name of `eddsa-rdfc-2022`: the same canonicalisation, hash and
 * Ed25519 signature. Credentials signed before the rename (with the data-integrity v1 context)
 * still verify under the old name.
 */
export function verificationSuites(): object[] {
	const legacy = { ...(cryptosuite as Record<string, unknown>), name: 'eddsa-2022' };
	return [new DataIntegrityProof({ cryptosuite }), new DataIntegrityProof({ cryptosuite: legacy, legacyContext: true })];
}

/** The proofs this verifier can check, in document order. */
export function checkableProofs(credential: Record<string, unknown>): Record<string, unknown>[] {
	return toList(credential['proof']).filter(isJsonObject).filter((proof) => proof['type'] === 'DataIntegrityProof' && SUITE_NAMES.includes(String(proof['cryptosuite'])));
}

/**
 * Checks the proof alone: the bytes signed are the credential as it is now, and the key named
 * in the proof made the signature. Whether that key is the issuer's is `checkKeyOwner`; dates
 * are `checkValidity`. The purpose accepts any controller on purpose, so that each question
 * gets its own answer instead of one "not verified".
 */
export async function checkSignature(credential: Record<string, unknown>, documentLoader: DocumentLoader): Promise<Check> {
	const proofs = toList(credential['proof']);
	if (proofs.length === 0) {
		return check('signature', 'fail', 'The credential has no signature, so nothing shows who issued it or that it is unchanged. Do not rely on it; ask the issuer for a signed copy.');
	}
	if (checkableProofs(credential).length === 0) {
		const kinds = proofs.map((proof) => (isJsonObject(proof) ? [proof['type'], proof['cryptosuite']].filter(Boolean).join(' / ') : typeof proof)).join(', ');
		return check(
			'signature',
			'fail',
			'The credential is signed in a way this verifier cannot check, so it could not confirm the signature. Try the 1EdTech validator, or ask the issuer for an Open Badges 3.0 credential signed with eddsa-rdfc-2022.',
			`Proof types found: ${kinds}. This verifier checks DataIntegrityProof with the eddsa-rdfc-2022 cryptosuite.`,
		);
	}
	let result: Awaited<ReturnType<typeof jsigs.verify>>;
	try {
		result = await jsigs.verify(credential, { suite: verificationSuites(), purpose: new jsigs.purposes.ProofPurpose({ term: 'assertionMethod' }), documentLoader });
	} catch (error) {
		return failed(errorText(error));
	}
	if (result.verified) {
		return check('signature', 'pass', 'The signature is valid: the credential is exactly as it was when signed, and the key named in it made the signature.');
	}
	const reasons = (result.results ?? []).filter((proofResult) => !proofResult.verified).map((proofResult) => errorText(proofResult.error));
	return failed(reasons.length > 0 ? reasons.join('; ') : errorText(result.error));
}

function failed(detail: string): Check {
	const keyMissing = /verification method|Unable to load|no node with id|no copy of|not a did:web|could not be fetched|Failed to fetch|HTTP \d|not found/i.test(detail);
	return check(
		'signature',
		'fail',
		keyMissing
			? 'The key that signed the credential could not be found where the credential says it is, so the signature cannot be confirmed. Treat the credential as unverified and ask the issuer.'
			: 'The signature does not match the credential: it was changed after it was signed, or it was not signed with the key it names. Do not rely on it.',
		detail,
	);
}
