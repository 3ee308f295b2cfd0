import { type PngChunk, readPngChunks, writePngChunks } from './png-chunks.ts';

/** The iTXt keywords the baking specs reserve: OB 2.0 for the assertion, OB 3.0 for the credential. */
export const PNG_KEYWORDS = { ob2: 'openbadges', ob3: 'openbadgecredential' } as const;

export type PngKeyword = (typeof PNG_KEYWORDS)[keyof typeof PNG_KEYWORDS];

/**
 * Returns a copy of `png` holding `text` (an OB 2.0 assertion as JSON, a JWS or a URL; or, under
 * `openbadgecredential`, an OB 3.0 credential) in one uncompressed iTXt chunk just before IEND.
 * Any earlier chunk of that keyword is dropped, because the specs allow exactly one and a
 * backpack would otherwise read a stale badge.
 */
export function bakePng(png: Uint8Array, text: string, keyword: PngKeyword = PNG_KEYWORDS.ob2): Uint8Array<ArrayBuffer> {
	const kept = readPngChunks(png).filter((chunk) => !isBadgeChunk(chunk, keyword));
	const iend = kept.length - 1;
	return writePngChunks([...kept.slice(0, iend), { type: 'iTXt', data: encodeITxt(text, keyword) }, ...kept.slice(iend)]);
}

/** The baked OB 2.0 assertion text, or undefined when the PNG carries none. */
export function extractPngAssertion(png: Uint8Array): string | undefined {
	return extractPngText(png, PNG_KEYWORDS.ob2);
}

/** The text baked under `keyword`, or undefined when the PNG carries none. */
export function extractPngText(png: Uint8Array, keyword: PngKeyword): string | undefined {
	for (const chunk of readPngChunks(png)) {
		if (chunk.type === 'iTXt' && keywordOf(chunk) === keyword) return decodeITxt(chunk.data, keyword);
	}
	return undefined;
}

function isBadgeChunk(chunk: PngChunk, keyword: PngKeyword): boolean {
	// OB 1.x baked into tEXt; that chunk would contradict the new assertion, so it goes too.
	return (chunk.type === 'iTXt' || chunk.type === 'tEXt') && keywordOf(chunk) === keyword;
}

function keywordOf(chunk: PngChunk): string {
	const end = chunk.data.indexOf(0);
	return new TextDecoder('latin1').decode(chunk.data.subarray(0, end === -1 ? 0 : end));
}

/** iTXt layout: keyword, NUL, compression flag 0, method 0, empty language tag, NUL, empty translated keyword, NUL, UTF-8 text. */
function encodeITxt(text: string, keyword: PngKeyword): Uint8Array {
	const header = new TextEncoder().encode(keyword);
	const body = new TextEncoder().encode(text);
	const data = new Uint8Array(header.length + 5 + body.length);
	data.set(header, 0);
	data.set(body, header.length + 5);
	return data;
}

function decodeITxt(data: Uint8Array, keyword: PngKeyword): string {
	const keywordEnd = data.indexOf(0);
	if (data[keywordEnd + 1] !== 0) {
		throw new Error(`The badge PNG holds a compressed "${keyword}" iTXt chunk, which this reader does not inflate; re-bake the badge uncompressed.`);
	}
	const languageEnd = data.indexOf(0, keywordEnd + 3);
	const translatedEnd = data.indexOf(0, languageEnd + 1);
	if (languageEnd === -1 || translatedEnd === -1) {
		throw new Error(`The badge PNG's "${keyword}" iTXt chunk is missing its language or translated-keyword field; the file is malformed. Re-bake it.`);
	}
	return new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(translatedEnd + 1));
}
