import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { isJsonObject, toList } from '../json.ts';
import type { DocumentLoader } from '../ob3/document-loader.ts';
import { check, type Check, errorText } from './checklist.ts';
import { verificationSuites } from './check-signature.ts';
import { idOf } from './values.ts';

/**
 * Revocation, from whichever status method the credential names: a W3C Bitstring Status List
 * (what Credfolio publishes) or the 1EdTech Revocation List. Digital Bazaar's `checkStatus`
 * answers `verified: true` for a revoked credential (the list itself verified) and puts the
 * revoked bit in `status`; here a set bit is a failed check, because that is what it means to
 * the reader.
 */
export async function checkRevocation(credential: Record<string, unknown>, documentLoader: DocumentLoader): Promise<Check> {
	const entries = toList(credential['credentialStatus']).filter(isJsonObject);
	if (entries.length === 0) {
		return check('status', 'skip', 'The credential names no revocation list, so its issuer has no way to revoke it; there is nothing to check.');
	}
	const types = new Set(entries.map((entry) => entry['type']));
	if (types.has('BitstringStatusListEntry')) return checkBitstring(credential, documentLoader);
	if (types.has('1EdTechRevocationList')) return check1EdTechList(credential, entries.find((entry) => entry['type'] === '1EdTechRevocationList') ?? {}, documentLoader);
	return check('status', 'warn', 'The credential uses a way of publishing revocations this verifier does not know, so whether it was revoked is unknown. Ask the issuer.', `credentialStatus type ${[...types].map(String).join(', ')}.`);
}

async function checkBitstring(credential: Record<string, unknown>, documentLoader: DocumentLoader): Promise<Check> {
	const result = await checkStatus({ credential, documentLoader, suite: verificationSuites(), verifyBitstringStatusListCredential: true, verifyMatchingIssuers: true });
	if (!result.verified) {
		const detail = errorText(result.error ?? result.results?.find((item) => !item.verified)?.error);
		if (/Could not load/i.test(detail)) {
			return check('status', 'warn', 'The issuer\'s status list could not be loaded, so whether the credential was revoked is unknown. Check your connection and try again.', detail);
		}
		return check('status', 'fail', 'The issuer\'s status list is not genuine (its signature or issuer does not check out), so it cannot be trusted to say whether the credential was revoked. Do not rely on the credential; ask the issuer.', detail);
	}
	for (const item of result.results ?? []) {
		if (item.status !== true) continue;
		const purpose = isJsonObject(item.credentialStatus) ? item.credentialStatus['statusPurpose'] : undefined;
		if (purpose === 'suspension') {
			return check('status', 'fail', 'The issuer has suspended this credential: for now it does not certify anything. Ask the issuer why and whether it will be reinstated.', 'Suspension bit set in the status list.');
		}
		return check('status', 'fail', 'The issuer has revoked this credential: it no longer certifies anything, even though it was genuinely issued. Ask the holder or the issuer why.', `${String(purpose ?? 'revocation')} bit set in the status list.`);
	}
	return check('status', 'pass', 'The issuer\'s signed status list says this credential has not been revoked.');
}

/** 1EdTech's list is a plain JSON document of `revokedCredentials: [{ id, revocationReason? }]` at the status id. */
async function check1EdTechList(credential: Record<string, unknown>, entry: Record<string, unknown>, documentLoader: DocumentLoader): Promise<Check> {
	const listUrl = entry['id'];
	if (typeof listUrl !== 'string') return check('status', 'warn', 'The credential\'s revocation list has no address, so whether it was revoked is unknown.', 'credentialStatus.id is missing.');
	let list: unknown;
	try {
		list = (await documentLoader(listUrl)).document;
	} catch (error) {
		return check('status', 'warn', 'The issuer\'s revocation list could not be loaded, so whether the credential was revoked is unknown. Check your connection and try again.', `${listUrl}: ${errorText(error)}`);
	}
	const revoked = isJsonObject(list) ? toList(list['revokedCredentials']).find((item) => idOf(item) === credential['id']) : undefined;
	if (revoked === undefined) return check('status', 'pass', 'The issuer\'s revocation list does not list this credential.');
	const reason = isJsonObject(revoked) && typeof revoked['revocationReason'] === 'string' ? ` Reason given: ${revoked['revocationReason']}` : '';
	return check('status', 'fail', `The issuer has revoked this credential: it no longer certifies anything.${reason}`, `Listed in ${listUrl}.`);
}
