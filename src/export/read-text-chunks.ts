import { createReadStream } from 'node:fs';

/** Thrown when a file is not UTF-8; the caller reports it against the file. */
export class NotUtf8Error extends Error {}

/**
 * Streams a UTF-8 file as text chunks, never splitting a character, and reports the bytes read so
 * far so callers can draw progress on large exports.
 */
export async function* readTextChunks(file: string, onBytes: (bytes: number) => void = () => {}): AsyncGenerator<string> {
	const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	const decode = (bytes?: Uint8Array) => {
		try {
			return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
		} catch {
			throw new NotUtf8Error(`${file} is not UTF-8`);
		}
	};
	for await (const bytes of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
		onBytes(bytes.length);
		yield decode(bytes);
	}
	yield decode();
}
