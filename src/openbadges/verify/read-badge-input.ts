import { extractPngText, PNG_KEYWORDS } from '../bake-png.ts';
import { extractSvgAssertion, extractSvgCredential } from '../bake-svg.ts';
import { isJsonObject, type JsonObject, toList } from '../json.ts';
import { isHttpUrl } from './values.ts';

/** What the visitor gave the verifier, once its kind is known. `source` says where it came from, for the page. */
export type BadgeInput =
	| { kind: 'ob3'; credential: JsonObject; source: string }
	| { kind: 'presentation'; credentials: JsonObject[]; source: string }
	| { kind: 'ob2'; url: string; source: string }
	| { kind: 'url'; url: string; source: string }
	| { kind: 'jwt'; token: string; source: string }
	| { kind: 'invalid'; message: string; source: string };

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

/** Pasted text: credential or assertion JSON, a URL, or a VC-JWT. */
export function readBadgeText(text: string, source = 'the pasted text'): BadgeInput {
	const trimmed = text.trim();
	if (trimmed === '') return { kind: 'invalid', message: 'Nothing was given: paste a credential, give its web address, or choose a badge file.', source };
	if (isHttpUrl(trimmed)) return { kind: 'url', url: trimmed, source };
	if (JWT.test(trimmed)) return { kind: 'jwt', token: trimmed, source };
	let document: unknown;
	try {
		document = JSON.parse(trimmed);
	} catch {
		return { kind: 'invalid', message: `${capitalise(source)} is neither JSON nor a web address. Paste the whole credential file (it starts with "{") or its https:// address.`, source };
	}
	return readBadgeDocument(document, source);
}

/** A dropped or chosen file: a baked PNG or SVG badge, or a JSON credential. */
export function readBadgeFile(bytes: Uint8Array, name: string): BadgeInput {
	const source = `the file ${name}`;
	if (PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return readPng(bytes, source);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { kind: 'invalid', message: `${capitalise(source)} is neither a PNG or SVG badge nor a text file, so it cannot hold a credential.`, source };
	}
	if (/<svg\b/.test(text)) return readSvg(text, source);
	return readBadgeText(text, source);
}

/** A parsed JSON document: an OB 3.0 credential, or an OB 2.0 assertion (checked at its hosted URL). */
export function readBadgeDocument(document: unknown, source: string): BadgeInput {
	if (!isJsonObject(document)) return { kind: 'invalid', message: `${capitalise(source)} is JSON, but not a credential (it is not a JSON object).`, source };
	const types = toList(document['type']);
	if (types.includes('VerifiableCredential')) return { kind: 'ob3', credential: document, source };
	if (types.includes('VerifiablePresentation')) {
		// A portfolio's "Download all my credentials" file: every credential in it is checked.
		const credentials = toList(document['verifiableCredential']).filter(isJsonObject);
		if (credentials.length > 0) return { kind: 'presentation', credentials, source };
		return { kind: 'invalid', message: `${capitalise(source)} is a Verifiable Presentation with no credential in it (or only ones in a format this verifier does not read).`, source };
	}
	const isOb2 = types.includes('Assertion') || document['revoked'] === true || toList(document['@context']).some((context) => typeof context === 'string' && context.startsWith('https://w3id.org/openbadges/v2'));
	if (isOb2) {
		if (isHttpUrl(document['id'])) return { kind: 'ob2', url: document['id'], source };
		return { kind: 'invalid', message: 'This is an Open Badges 2.0 assertion without a web address (a signed or unhosted badge); this verifier checks hosted Open Badges 2.0 badges and Open Badges 3.0 credentials.', source };
	}
	return { kind: 'invalid', message: `${capitalise(source)} is JSON, but neither an Open Badges 3.0 credential nor an Open Badges 2.0 assertion.`, source };
}

function readPng(bytes: Uint8Array, source: string): BadgeInput {
	let credential: string | undefined;
	let assertion: string | undefined;
	try {
		credential = extractPngText(bytes, PNG_KEYWORDS.ob3);
		assertion = credential === undefined ? extractPngText(bytes, PNG_KEYWORDS.ob2) : undefined;
	} catch (error) {
		return { kind: 'invalid', message: `${capitalise(source)} could not be read: ${error instanceof Error ? error.message : String(error)}`, source };
	}
	if (credential !== undefined) return readBadgeText(credential, `the credential baked into ${source}`);
	if (assertion !== undefined) return readBadgeText(assertion, `the assertion baked into ${source}`);
	return { kind: 'invalid', message: `${capitalise(source)} is a PNG image with no badge baked into it. Download the badge again from the award page; a screenshot or re-saved image loses the credential.`, source };
}

function readSvg(svg: string, source: string): BadgeInput {
	const credential = extractSvgCredential(svg);
	if (credential !== undefined) {
		const text = credential.assertion !== '' ? credential.assertion : (credential.verify ?? '');
		return readBadgeText(text, `the credential baked into ${source}`);
	}
	const assertion = extractSvgAssertion(svg);
	if (assertion !== undefined) return readBadgeText(assertion.assertion !== '' ? assertion.assertion : (assertion.verify ?? ''), `the assertion baked into ${source}`);
	return { kind: 'invalid', message: `${capitalise(source)} is an SVG image with no badge baked into it. Download the badge again from the award page.`, source };
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
