import { isJsonObject, toList } from '../json.ts';
import { check, type Check } from './checklist.ts';

/** An identity the credential was issued to, as OB 2.0 `recipient` and OB 3.0 `identifier` both describe it. */
export interface IssuedIdentity {
	/** OB 2.0 `email`, OB 3.0 `emailAddress`; anything else is not an email. */
	type: string;
	hashed: boolean;
	/** `sha256$<hex>` (or `md5$<hex>`) when hashed, else the identity itself. */
	value: string;
	salt?: string;
}

/** The email identities of an OB 3.0 credential's subject. */
export function ob3Identities(credential: Record<string, unknown>): IssuedIdentity[] {
	const subject = toList(credential['credentialSubject']).find(isJsonObject);
	if (subject === undefined) return [];
	return toList(subject['identifier']).filter(isJsonObject).flatMap((identity) => {
		const value = identity['identityHash'];
		if (typeof value !== 'string' || typeof identity['identityType'] !== 'string') return [];
		const salt = typeof identity['salt'] === 'string' ? { salt: identity['salt'] } : {};
		return [{ type: identity['identityType'], hashed: identity['hashed'] === true, value, ...salt }];
	});
}

/** The identity of an OB 2.0 assertion's recipient. */
export function ob2Identities(assertion: Record<string, unknown>): IssuedIdentity[] {
	const recipient = assertion['recipient'];
	if (!isJsonObject(recipient) || typeof recipient['identity'] !== 'string' || typeof recipient['type'] !== 'string') return [];
	const salt = typeof recipient['salt'] === 'string' ? { salt: recipient['salt'] } : {};
	return [{ type: recipient['type'], hashed: recipient['hashed'] === true, value: recipient['identity'], ...salt }];
}

const EMAIL_TYPES = new Set(['email', 'emailAddress']);

/**
 * Compares an email the visitor typed with the credential's hashed recipient, here, with
 * WebCrypto: the address never leaves the page. Issuers differ on letter case, so both the
 * address as typed and its lower-case form are tried (Credfolio hashes the lower-case form).
 */
export async function checkRecipientEmail(identities: readonly IssuedIdentity[], email: string | undefined, holderPage?: string): Promise<Check> {
	const emails = identities.filter((identity) => EMAIL_TYPES.has(identity.type));
	if (emails.length === 0) {
		const named = holderPage === undefined ? '' : ` It names its holder by ${holderPage}; compare that page with the person instead.`;
		return check('recipient', 'skip', `This credential is not issued to an email address, so there is no address to compare.${named}`);
	}
	const typed = email?.trim() ?? '';
	if (typed === '') {
		return check('recipient', 'skip', 'Type the holder\'s email address above to check that the credential was awarded to them. The comparison happens in your browser; the address is never sent anywhere.');
	}
	for (const identity of emails) {
		for (const candidate of new Set([typed, typed.toLowerCase()])) {
			if (await matches(identity, candidate)) {
				return check('recipient', 'pass', `The credential was awarded to ${typed}.`);
			}
		}
	}
	return check('recipient', 'fail', `The credential was not awarded to ${typed}. Check the spelling; if the address is right, this credential belongs to someone else (or to another address of theirs).`);
}

async function matches(identity: IssuedIdentity, email: string): Promise<boolean> {
	if (!identity.hashed) return identity.value.toLowerCase() === email.toLowerCase();
	const [algorithm, expected] = identity.value.split('$');
	if (algorithm?.toLowerCase() !== 'sha256' || expected === undefined) return false;
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(email + (identity.salt ?? '')));
	const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
	return hex === expected.toLowerCase();
}

/** The holder's page, when the subject is named by a web address rather than an email. */
export function holderPage(credential: Record<string, unknown>): string | undefined {
	const subject = toList(credential['credentialSubject']).find(isJsonObject);
	const id = subject?.['id'];
	return typeof id === 'string' && /^https?:/.test(id) ? id : undefined;
}
