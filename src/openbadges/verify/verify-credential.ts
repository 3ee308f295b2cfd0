import { isJsonObject, toList } from '../json.ts';
import type { DocumentLoader } from '../ob3/document-loader.ts';
import { check, type Check, type Checklist, toChecklist } from './checklist.ts';
import { checkKeyOwner } from './check-key-owner.ts';
import { checkOb3Schema } from './check-ob3-schema.ts';
import { checkIssuerKnown } from './check-issuer-known.ts';
import { checkRecipientEmail, holderPage, ob3Identities } from './check-recipient-email.ts';
import { checkSignature } from './check-signature.ts';
import { checkRevocation } from './check-status.ts';
import { checkValidity } from './check-validity.ts';

export interface VerifyCredentialOptions {
	/** Serves contexts offline and fetches only the issuer profile and status list (see createDocumentLoader). */
	documentLoader: DocumentLoader;
	/** The moment to judge validity against; injected so results are reproducible. */
	now?: Date;
	/** An address the visitor typed, compared with the hashed recipient locally. */
	email?: string;
	/** Issuer ids this site publishes credentials for, with their names. */
	knownIssuers?: ReadonlyMap<string, string>;
}

/**
 * Verifies an Open Badges 3.0 credential (a W3C Verifiable Credential with a Data Integrity
 * proof) and answers each question on its own, in words for the reader. Shared by the /verify/
 * page and the tests, so what the tests prove is what visitors run.
 */
export async function verifyCredential(credential: unknown, options: VerifyCredentialOptions): Promise<Checklist> {
	if (!isJsonObject(credential)) {
		return toChecklist('unknown', [check('format', 'fail', 'This is not a credential: it is not a JSON object. Check that you pasted or dropped the whole file.')]);
	}
	const types = toList(credential['type']);
	const checks: Check[] = [];
	if (!types.includes('VerifiableCredential')) {
		checks.push(check('format', 'fail', 'This is not a Verifiable Credential, so it cannot be an Open Badges 3.0 credential.', `type is ${JSON.stringify(credential['type'])}.`));
	} else if (!types.includes('OpenBadgeCredential') && !types.includes('AchievementCredential')) {
		checks.push(check('format', 'fail', 'This is a Verifiable Credential, but not an Open Badge: it is not of type OpenBadgeCredential or AchievementCredential.', `type is ${JSON.stringify(credential['type'])}.`));
	} else {
		checks.push(check('format', 'pass', 'This is an Open Badges 3.0 credential (a W3C Verifiable Credential).'));
	}
	const now = options.now ?? new Date();
	const [signature, key, status, recipient] = await Promise.all([
		checkSignature(credential, options.documentLoader),
		checkKeyOwner(credential, options.documentLoader),
		checkRevocation(credential, options.documentLoader),
		checkRecipientEmail(ob3Identities(credential), options.email, holderPage(credential)),
	]);
	checks.push(signature, key, checkIssuerKnown(credential, options.knownIssuers), status, checkValidity(credential, now), checkOb3Schema(credential), recipient);
	return toChecklist('ob3', checks, { subjectId: typeof credential['id'] === 'string' ? credential['id'] : undefined, name: typeof credential['name'] === 'string' ? credential['name'] : undefined });
}
