import { isJsonObject, toList } from '../json.ts';
import type { DocumentLoader } from '../ob3/document-loader.ts';
import { check, type Check, errorText } from './checklist.ts';
import { checkableProofs } from './check-signature.ts';
import { idOf } from './values.ts';

/**
 * A valid signature only proves that *some* key signed. This asks whether the issuer vouches for
 * that key: the key's controller is the credential's issuer, and the issuer's own profile lists
 * the key under `assertionMethod` (keys it issues credentials with). Anyone can make a key; only
 * the issuer can list one in the profile it publishes.
 */
export async function checkKeyOwner(credential: Record<string, unknown>, documentLoader: DocumentLoader): Promise<Check> {
	const issuerId = idOf(credential['issuer']);
	const proof = checkableProofs(credential)[0];
	if (proof === undefined) return check('key', 'skip', 'There is no signature this verifier can check, so there is no key to trace to the issuer.');
	const methodId = idOf(proof['verificationMethod']);
	if (typeof methodId !== 'string') return check('key', 'fail', 'The signature does not say which key made it, so it cannot be traced to the issuer.', 'proof.verificationMethod is missing.');
	if (typeof issuerId !== 'string') return check('key', 'fail', 'The credential does not name its issuer, so the key cannot be traced to anyone.', 'issuer (or issuer.id) is missing.');

	let key: unknown;
	try {
		key = (await documentLoader(methodId)).document;
	} catch (error) {
		return check('key', 'fail', 'The key named in the signature could not be found, so it cannot be traced to the issuer. Treat the credential as unverified.', `${methodId}: ${errorText(error)}`);
	}
	const controller = isJsonObject(key) ? key['controller'] : undefined;
	if (controller !== issuerId) {
		if (methodId.startsWith('did:key:')) {
			return check(
				'key',
				'warn',
				'The credential was signed with a self-contained key (did:key) that the issuer\'s profile does not list, so nothing ties the key to the issuer. The signature is genuine, but anyone could have made such a key: confirm with the issuer that it is theirs.',
				`Key ${methodId}; issuer ${issuerId}.`,
			);
		}
		return check(
			'key',
			'fail',
			`The key that signed the credential belongs to ${typeof controller === 'string' ? controller : 'no one named'}, not to the issuer the credential names. Someone other than the issuer may have signed it: do not rely on it.`,
			`Key ${methodId} has controller ${JSON.stringify(controller)}; the credential's issuer is ${issuerId}.`,
		);
	}
	let profile: unknown;
	try {
		profile = (await documentLoader(issuerId)).document;
	} catch (error) {
		return check('key', 'fail', 'The issuer\'s profile could not be loaded, so it cannot be confirmed that the issuer uses this key. Try again later; if it persists, ask the issuer.', `${issuerId}: ${errorText(error)}`);
	}
	const listed = isJsonObject(profile) && toList(profile['assertionMethod']).some((entry) => resolveId(idOf(entry), issuerId) === methodId);
	if (!listed) {
		return check(
			'key',
			'fail',
			'The issuer\'s profile does not list the key that signed this credential as one it issues credentials with. The key may have been withdrawn, or someone else signed the credential: do not rely on it, and ask the issuer.',
			`${issuerId} has no assertionMethod ${methodId}.`,
		);
	}
	return check('key', 'pass', `The key that signed the credential is listed in the issuer's own profile (${issuerId}) as a key it issues credentials with.`);
}

/** `#key-1` in a profile means the key of that id inside the profile. */
function resolveId(id: unknown, base: string): unknown {
	return typeof id === 'string' && id.startsWith('#') ? `${base}${id}` : id;
}
