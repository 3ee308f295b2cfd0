import { isJsonObject, type JsonObject } from '../json.ts';
import type { DocumentLoader } from '../ob3/document-loader.ts';
import { check, type Check, type Checklist, errorText, toChecklist } from './checklist.ts';
import { checkOb3Schema } from './check-ob3-schema.ts';
import { checkIssuerKnown } from './check-issuer-known.ts';
import { checkRecipientEmail, holderPage, ob3Identities } from './check-recipient-email.ts';
import { checkRevocation } from './check-status.ts';
import { checkValidity } from './check-validity.ts';

export interface VerifyJwtOptions {
	documentLoader: DocumentLoader;
	now?: Date;
	email?: string;
	knownIssuers?: ReadonlyMap<string, string>;
}

/** JOSE algorithms WebCrypto can check, as WebCrypto names them. */
const ALGORITHMS: Record<string, { import: RsaHashedImportParams | EcKeyImportParams | Algorithm; verify: Algorithm | EcdsaParams }> = {
	RS256: { import: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, verify: { name: 'RSASSA-PKCS1-v1_5' } },
	ES256: { import: { name: 'ECDSA', namedCurve: 'P-256' }, verify: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams },
	EdDSA: { import: { name: 'Ed25519' }, verify: { name: 'Ed25519' } },
};

/**
 * An Open Badges 3.0 credential secured as a JSON Web Token (VC-JWT): the signature is a JWS,
 * checked with WebCrypto against the key in the token's header (`jwk`). Other issuers use this
 * format (the 1EdTech kit's baked `simple-jwt.*`); the rest of the checklist is the same as for
 * a Data Integrity credential.
 */
export async function verifyJwtCredential(token: string, options: VerifyJwtOptions): Promise<Checklist> {
	const [headerPart = '', payloadPart = '', signaturePart = ''] = token.split('.');
	let header: JsonObject;
	let payload: JsonObject;
	try {
		header = decodeJson(headerPart);
		payload = decodeJson(payloadPart);
	} catch (error) {
		return toChecklist('ob3', [check('format', 'fail', 'This looks like a JSON Web Token, but its parts cannot be read. Check that you pasted all of it.', errorText(error))]);
	}
	// VC-JWT of the VC 1.1 era wraps the credential in a `vc` claim; VC 2.0 JOSE signs the credential itself.
	const credential = isJsonObject(payload['vc']) ? payload['vc'] : payload;
	const checks: Check[] = [check('format', 'pass', 'This is an Open Badges 3.0 credential secured as a JSON Web Token (VC-JWT).')];
	checks.push(await checkJws(header, `${headerPart}.${payloadPart}`, signaturePart));
	checks.push(
		isJsonObject(header['jwk'])
			? check('key', 'warn', 'The token carries its own key, and nothing ties that key to the issuer: the signature proves the credential is unchanged, but not who made it. Confirm with the issuer that the key is theirs.', `Header jwk ${JSON.stringify(header['jwk']).slice(0, 80)}...`)
			: check('key', 'skip', 'The token names no key this verifier can look up, so the key cannot be traced to the issuer.'),
	);
	const now = options.now ?? new Date();
	checks.push(checkIssuerKnown(credential, options.knownIssuers));
	checks.push(await checkRevocation(credential, options.documentLoader));
	checks.push(checkTokenDates(payload, credential, now));
	checks.push(checkOb3Schema(credential));
	checks.push(await checkRecipientEmail(ob3Identities(credential), options.email, holderPage(credential)));
	return toChecklist('ob3', checks, { subjectId: typeof credential['id'] === 'string' ? credential['id'] : undefined, name: typeof credential['name'] === 'string' ? credential['name'] : undefined });
}

async function checkJws(header: JsonObject, signingInput: string, signaturePart: string): Promise<Check> {
	const algorithm = typeof header['alg'] === 'string' ? ALGORITHMS[header['alg']] : undefined;
	if (algorithm === undefined) {
		return check('signature', 'fail', 'The token is signed with an algorithm this verifier cannot check, so the signature could not be confirmed.', `alg ${JSON.stringify(header['alg'])}; supported: ${Object.keys(ALGORITHMS).join(', ')}.`);
	}
	if (!isJsonObject(header['jwk'])) {
		return check('signature', 'fail', 'The token does not carry its key, and this verifier cannot look keys up by name (kid), so the signature could not be confirmed. Try the 1EdTech validator.', `Header: ${JSON.stringify(header)}.`);
	}
	try {
		const key = await crypto.subtle.importKey('jwk', header['jwk'] as JsonWebKey, algorithm.import, false, ['verify']);
		const valid = await crypto.subtle.verify(algorithm.verify, key, base64UrlBytes(signaturePart), new TextEncoder().encode(signingInput));
		if (valid) return check('signature', 'pass', 'The signature is valid: the credential is exactly as it was when signed, with the key in the token.');
		return check('signature', 'fail', 'The signature does not match the credential: it was changed after it was signed. Do not rely on it.', `${String(header['alg'])} signature does not verify.`);
	} catch (error) {
		return check('signature', 'fail', 'The token\'s key or signature is malformed, so the signature could not be confirmed.', errorText(error));
	}
}

/** The token's `nbf`/`exp` (seconds) bound it as well as the credential's own dates. */
function checkTokenDates(payload: JsonObject, credential: JsonObject, now: Date): Check {
	const seconds = (value: unknown) => (typeof value === 'number' ? new Date(value * 1000) : undefined);
	const notBefore = seconds(payload['nbf']);
	const expires = seconds(payload['exp']);
	if (expires !== undefined && expires <= now) return check('dates', 'fail', `The token expired on ${expires.toISOString().slice(0, 10)}, so the credential no longer certifies anything.`, `exp ${String(payload['exp'])}.`);
	if (notBefore !== undefined && notBefore > now) return check('dates', 'fail', `The token is not valid yet: it becomes valid on ${notBefore.toISOString().slice(0, 10)}.`, `nbf ${String(payload['nbf'])}.`);
	return checkValidity(credential, now);
}

function decodeJson(part: string): JsonObject {
	const value: unknown = JSON.parse(new TextDecoder().decode(base64UrlBytes(part)));
	if (!isJsonObject(value)) throw new Error('a token part is not a JSON object');
	return value;
}

function base64UrlBytes(text: string): Uint8Array<ArrayBuffer> {
	const base64 = text.replaceAll('-', '+').replaceAll('_', '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
	return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}
