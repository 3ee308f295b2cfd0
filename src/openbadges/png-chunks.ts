import { crc32 } from './crc32.ts';

/** One PNG chunk; `data` excludes the length, type and CRC fields. */
export interface PngChunk {
	type: string;
	data: Uint8Array;
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

export function readPngChunks(png: Uint8Array): PngChunk[] {
	if (png.length < SIGNATURE.length || SIGNATURE.some((byte, index) => png[index] !== byte)) {
		throw new Error('The file is not a PNG (its first 8 bytes are not the PNG signature); bake only PNG badge images.');
	}
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const chunks: PngChunk[] = [];
	let offset = SIGNATURE.length;
	while (offset < png.length) {
		if (offset + 12 > png.length) throw truncated(offset);
		const length = view.getUint32(offset);
		const end = offset + 12 + length;
		if (end > png.length) throw truncated(offset);
		const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
		const stored = view.getUint32(end - 4);
		const actual = crc32(png.subarray(offset + 4, end - 4));
		if (stored !== actual) {
			throw new Error(`PNG chunk "${type}" at byte ${offset} has CRC ${hex(stored)} but its bytes give ${hex(actual)}; the file is corrupt. Re-render the badge image.`);
		}
		chunks.push({ type, data: png.slice(offset + 8, end - 4) });
		offset = end;
		if (type === 'IEND') break;
	}
	if (chunks.at(-1)?.type !== 'IEND') throw new Error('The PNG has no IEND chunk, so it was cut short; re-render the badge image.');
	return chunks;
}

export function writePngChunks(chunks: readonly PngChunk[]): Uint8Array<ArrayBuffer> {
	const size = chunks.reduce((total, chunk) => total + 12 + chunk.data.length, SIGNATURE.length);
	const png = new Uint8Array(size);
	const view = new DataView(png.buffer);
	png.set(SIGNATURE, 0);
	let offset = SIGNATURE.length;
	for (const chunk of chunks) {
		view.setUint32(offset, chunk.data.length);
		png.set(asciiBytes(chunk.type), offset + 4);
		png.set(chunk.data, offset + 8);
		view.setUint32(offset + 8 + chunk.data.length, crc32(png.subarray(offset + 4, offset + 8 + chunk.data.length)));
		offset += 12 + chunk.data.length;
	}
	return png;
}

function asciiBytes(text: string): Uint8Array {
	return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

function truncated(offset: number): Error {
	return new Error(`The PNG ends inside the chunk that starts at byte ${offset}; the file was cut short. Re-render the badge image.`);
}

function hex(value: number): string {
	return `0x${value.toString(16).padStart(8, '0')}`;
}
