import { bakePng, PNG_KEYWORDS } from './bake-png.ts';
import { bakeSvg, bakeSvgCredential } from './bake-svg.ts';
import { isJsonObject, toList } from './json.ts';
import { readPngChunks } from './png-chunks.ts';

export type BadgeFormat = 'png' | 'svg';

export interface BakedBadgeFile {
	// Backed by a plain ArrayBuffer, as Blob requires.
	bytes: Uint8Array<ArrayBuffer>;
	type: 'image/png' | 'image/svg+xml';
}

/**
 * What the award page's download button saves: the badge image with the hosted assertion baked
 * in, exactly as served, so what a backpack extracts is byte-equal to the hosted file. Runs in
 * the browser, so nothing is stored per award.
 */
export function bakeBadgeFile(format: BadgeFormat, png: Uint8Array, assertion: string): BakedBadgeFile {
	const verifyUrl = readAssertionId(assertion);
	if (format === 'png') return { bytes: bakePng(png, assertion), type: 'image/png' };
	return { bytes: new TextEncoder().encode(bakeSvg(wrapPngInSvg(png), assertion, verifyUrl)), type: 'image/svg+xml' };
}

/**
 * The same for an Open Badges 3.0 credential: the signed credential JSON, byte-equal to the
 * published file, under the OB 3.0 keyword (PNG) or element (SVG). A revoked award's credential
 * stays published (its status list says revoked), but it is not offered as a badge.
 */
export function bakeCredentialFile(format: BadgeFormat, png: Uint8Array, credential: string): BakedBadgeFile {
	checkCredential(credential);
	if (format === 'png') return { bytes: bakePng(png, credential, PNG_KEYWORDS.ob3), type: 'image/png' };
	return { bytes: new TextEncoder().encode(bakeSvgCredential(wrapPngInSvg(png), credential)), type: 'image/svg+xml' };
}

function checkCredential(credential: string): void {
	const document = parseDownloaded(credential, 'credential');
	if (!isJsonObject(document) || !toList(document['type']).includes('OpenBadgeCredential')) throw new Error('The downloaded file is not an Open Badges 3.0 credential; the page links the wrong file.');
	if (document['proof'] === undefined) throw new Error('The credential is not signed, so no verifier would accept the baked badge; the site was built without signing.');
}

/** The assertion's hosted URL, refusing anything a backpack would reject once baked. */
function readAssertionId(assertion: string): string {
	const document = parseDownloaded(assertion, 'assertion');
	if (!isJsonObject(document) || document['type'] !== 'Assertion') throw new Error('The downloaded file is not an Open Badges assertion; the page links the wrong file.');
	if (document['revoked'] === true) throw new Error('This badge was revoked, so it can no longer be downloaded.');
	if (typeof document['id'] !== 'string') throw new Error('The assertion has no id, so a backpack could not verify the baked badge; the file is malformed.');
	return document['id'];
}

function parseDownloaded(text: string, what: 'assertion' | 'credential'): unknown {
	try {
		return JSON.parse(text);
	} catch {
		throw new Error(`The ${what} file is not JSON, so there is nothing to bake; reload the page, and report the award if it persists.`);
	}
}

/** OB 2.0 bakes SVG badges only; our badges are PNG, so the SVG shows the PNG at its own size. */
function wrapPngInSvg(png: Uint8Array): string {
	const header = readPngChunks(png)[0];
	if (header?.type !== 'IHDR') throw new Error('The badge PNG does not start with its IHDR header; re-render the badge image.');
	const view = new DataView(header.data.buffer, header.data.byteOffset, header.data.byteLength);
	const width = view.getUint32(0);
	const height = view.getUint32(4);
	return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><image width="${width}" height="${height}" xlink:href="data:image/png;base64,${toBase64(png)}"/></svg>`;
}

function toBase64(bytes: Uint8Array): string {
	let binary = '';
	// Spreading a whole badge into fromCharCode would overflow the call stack; 32 KiB at a time stays well under it.
	for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
	return btoa(binary);
}
