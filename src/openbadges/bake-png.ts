import { type PngChunk, readPngChunks, writePngChunks } from './png-chunks.ts';

/** The iTXt keyword the OB 2.0 baking spec reserves for the assertion. */
const KEYWORD = 'openbadges';

/**
 * Returns a copy of `png` holding `assertion` (JSON, a JWS or a URL) in one uncompressed iTXt
 * chunk just before IEND. Any earlier `openbadges` chunk is dropped, because the spec allows
 * exactly one and a backpack would otherwise read a stale assertion.
 */
export function bakePng(png: Uint8Array, assertion: string): Uint8Array<ArrayBuffer> {
	const kept = readPngChunks(png).filter((chunk) => !isBadgeChunk(chunk));
	const iend = kept.length - 1;
	return writePngChunks([...kept.slice(0, iend), { type: 'iTXt', data: encodeITxt(assertion) }, ...kept.slice(iend)]);
}

/** The baked assertion text, or undefined when the PNG carries none. */
export function extractPngAssertion(png: Uint8Array): string | undefined {
	for (const chunk of readPngChunks(png)) {
		if (chunk.type === 'iTXt' && keywordOf(chunk) === KEYWORD) return decodeITxt(chunk.data);
	}
	return undefined;
}

function isBadgeChunk(chunk: PngChunk): boolean {
	// OB 1.x baked into tEXt; that chunk would contradict the new assertion, so it goes too.
	return (chunk.type === 'iTXt' || chunk.type === 'tEXt') && keywordOf(chunk) === KEYWORD;
}

function keywordOf(chunk: PngChunk): string {
	const end = chunk.data.indexOf(0);
	return new TextDecoder('latin1').decode(chunk.data.subarray(0, end === -1 ? 0 : end));
}

/** iTXt layout: keyword, NUL, compression flag 0, method 0, empty language tag, NUL, empty translated keyword, NUL, UTF-8 text. */
function encodeITxt(text: string): Uint8Array {
	const header = new TextEncoder().encode(KEYWORD);
	const body = new TextEncoder().encode(text);
	const data = new Uint8Array(header.length + 5 + body.length);
	data.set(header, 0);
	data.set(body, header.length + 5);
	return data;
}

function decodeITxt(data: Uint8Array): string {
	const keywordEnd = data.indexOf(0);
	if (data[keywordEnd + 1] !== 0) {
		throw new Error('The badge PNG holds a compressed "openbadges" iTXt chunk, which this reader does not inflate; re-bake the badge uncompressed.');
	}
	const languageEnd = data.indexOf(0, keywordEnd + 3);
	const translatedEnd = data.indexOf(0, languageEnd + 1);
	if (languageEnd === -1 || translatedEnd === -1) {
		throw new Error('The badge PNG\'s "openbadges" iTXt chunk is missing its language or translated-keyword field; the file is malformed. Re-bake it.');
	}
	return new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(translatedEnd + 1));
}
