/** Bytes every file of a type starts with; types missing here (txt, or any configured extra) are not sniffed. */
const signatures: Record<string, { label: string; matches: (head: Uint8Array) => boolean }> = {
	pdf: { label: 'PDF', matches: (head) => ascii(head, 0, 5) === '%PDF-' },
	png: { label: 'PNG', matches: (head) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, index) => head[index] === byte) },
	jpg: { label: 'JPEG', matches: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff },
	webp: { label: 'WebP', matches: (head) => ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP' },
	mp3: { label: 'MP3', matches: (head) => ascii(head, 0, 3) === 'ID3' || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0) },
	mp4: { label: 'MP4', matches: (head) => ascii(head, 4, 8) === 'ftyp' },
};

function ascii(bytes: Uint8Array, start: number, end: number): string {
	return String.fromCharCode(...bytes.subarray(start, end));
}

/** How many leading bytes `describeMismatch` needs. */
export const signatureLength = 12;

/**
 * Says what a file claims to be when its first bytes contradict its extension, else undefined.
 * A renamed file (an HTML page saved as .png) must not be published under a trusted type.
 */
export function describeMismatch(extension: string, head: Uint8Array): string | undefined {
	const signature = signatures[extension];
	return signature && !signature.matches(head) ? signature.label : undefined;
}
