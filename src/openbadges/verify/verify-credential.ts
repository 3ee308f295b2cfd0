import { isJsonObject, toList } from '../json.ts';
import type { DocumentLoader } from '../ob3/document-loader.ts';
import { check, type Check, type Checklist, toChecklist } from './checklist.ts';
import { checkKeyOwner } from './check-key-owner.ts';
import { checkOb3Schema } from './check-ob3-schema.ts';
import { checkRecipientEmail, ob3Identities } from './check-recipient-email.ts';
import { checkSignature } from './check-signature.ts';
import { checkRevocation } from './check-status.ts';
import { checkValidity } from './check-validity.ts';
import { idOf } from './values.ts';

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
		checkRecipientEmail(ob3Identities(credential), options.email, subjectPage(credential)),
	]);
	checks.push(signature, key, checkIssuerKnown(credential, options.knownIssuers), status, checkValidity(credential, now), checkOb3Schema(credential), recipient);
	return toChecklist('ob3', checks, { subjectId: typeof credential['id'] === 'string' ? credential['id'] : undefined, name: typeof credential['name'] === 'string' ? credential['name'] : undefined });
}

function checkIssuerKnown(credential: Record<string, unknown>, knownIssuers: ReadonlyMap<string, string> = new Map()): Check {
	const issuer = credential['issuer'];
	const id = idOf(issuer);
	const name = isJsonObject(issuer) && typeof issuer['name'] === 'string' ? issuer['name'] : undefined;
	if (typeof id !== 'string') return check('issuer', 'fail', 'The credential does not name its issuer, so there is no one vouching for it.');
	const known = knownIssuers.get(id);
	if (known !== undefined) return check('issuer', 'pass', `Issued by ${known}, an issuer whose credentials this site publishes.`);
	return check(
		'issuer',
		'warn',
		`Issued by ${name ?? id}, which is not an issuer of this site. The other checks still show whether the credential is genuine and unchanged; whether to trust that issuer is up to you.`,
		`Issuer id ${id}.`,
	);
}

/** The holder's page, when the subject is named by a web address rather than an email. */
function subjectPage(credential: Record<string, unknown>): string | undefined {
	const subject = toList(credential['credentialSubject']).find(isJsonObject);
	const id = subject?.['id'];
	return typeof id === 'string' && /^https?:/.test(id) ? id : undefined;
}
