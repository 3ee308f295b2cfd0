import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { bakePng, extractPngAssertion } from '../../../src/openbadges/bake-png.ts';
import { kitAbsent, needsKit } from '../../support/standards-kit.ts';
import { readStandard } from './standards.ts';

interface RawChunk {
	type: string;
	data: Buffer;
	crcOk: boolean;
}

/** An independent PNG walker (node:zlib CRC), so the tests do not trust the code under test. */
function walk(png: Uint8Array): RawChunk[] {
	const buffer = Buffer.from(png);
	const chunks: RawChunk[] = [];
	for (let offset = 8; offset < buffer.length; ) {
		const length = buffer.readUInt32BE(offset);
		const type = buffer.toString('latin1', offset + 4, offset + 8);
		const data = buffer.subarray(offset + 8, offset + 8 + length);
		const crcOk = buffer.readUInt32BE(offset + 8 + length) === crc32(buffer.subarray(offset + 4, offset + 8 + length));
		chunks.push({ type, data, crcOk });
		offset += 12 + length;
	}
	return chunks;
}

function badgeChunks(png: Uint8Array): RawChunk[] {
	return walk(png).filter((chunk) => (chunk.type === 'iTXt' || chunk.type === 'tEXt') && chunk.data.toString('latin1').startsWith('openbadges\0'));
}

const assertion = JSON.stringify({
	'@context': 'https://w3id.org/openbadges/v2',
	type: 'Assertion',
	id: 'https://badges.example.edu/ob/assertions/a-1.json',
	evidence: [{ type: 'Evidence', narrative: 'Réflexion — “questions” that push thinking 🧠' }],
});

let plain: Uint8Array;

beforeAll(async () => {
	plain = new Uint8Array(await sharp({ create: { width: 16, height: 16, channels: 4, background: '#1d4ed8' } }).png().toBuffer());
});

describe('extractPngAssertion', () => {
	it.skipIf(kitAbsent)('reads the assertion baked into the conformance suite\'s simple-badge.png', needsKit, async () => {
		const text = extractPngAssertion(new Uint8Array(await readStandard('conformance/ob20/simple-badge.png')));
		const parsed = JSON.parse(text ?? 'null') as Record<string, unknown>;
		expect(parsed['type']).toBe('Assertion');
		expect(parsed['id']).toBe('https://example.org/beths-robotics-badge.json');
		expect(parsed['badge']).toBe('https://example.org/robotics-badge.json');
	});

	it('returns undefined for a PNG that carries no badge', () => {
		expect(extractPngAssertion(plain)).toBeUndefined();
	});

	it('rejects a corrupt chunk instead of reading garbage', () => {
		const corrupt = bakePng(plain, assertion);
		const itxt = Buffer.from(corrupt).indexOf('openbadges');
		corrupt[itxt + 20] = (corrupt[itxt + 20] ?? 0) ^ 0xff;
		expect(() => extractPngAssertion(corrupt)).toThrow(/iTXt.*CRC.*corrupt/);
	});

	it('rejects a file that is not a PNG', () => {
		expect(() => extractPngAssertion(new TextEncoder().encode('GIF89a not a png'))).toThrow(/not a PNG/);
	});
});

describe('bakePng', () => {
	it('round-trips the assertion byte for byte, including non-ASCII text', () => {
		expect(extractPngAssertion(bakePng(plain, assertion))).toBe(assertion);
	});

	it('writes exactly one uncompressed iTXt chunk, just before IEND, with valid CRCs', () => {
		const baked = bakePng(plain, assertion);
		const chunks = walk(baked);
		const badge = badgeChunks(baked);
		expect(badge).toHaveLength(1);
		expect(badge[0]?.type).toBe('iTXt');
		expect(badge[0]?.data.subarray(0, 15)).toEqual(Buffer.from('openbadges\0\0\0\0\0', 'latin1'));
		expect(chunks.map((chunk) => chunk.type).slice(-2)).toEqual(['iTXt', 'IEND']);
		expect(chunks.every((chunk) => chunk.crcOk)).toBe(true);
	});

	it('replaces an earlier badge, including an OB 1.x tEXt one, leaving one chunk', () => {
		const first = bakePng(plain, '{"old":true}');
		const chunks = walk(first);
		const legacy = { type: 'tEXt', data: Buffer.from('openbadges\0https://old.example/assertion', 'latin1') };
		const withLegacy = Buffer.concat([Buffer.from(first.subarray(0, 8)), ...[...chunks.slice(0, 1), legacy, ...chunks.slice(1)].map(encodeChunk)]);
		const rebaked = bakePng(new Uint8Array(withLegacy), assertion);
		expect(badgeChunks(rebaked)).toHaveLength(1);
		expect(extractPngAssertion(rebaked)).toBe(assertion);
	});

	it('leaves an image sharp still decodes to the same pixels', async () => {
		const baked = bakePng(plain, assertion);
		const before = await sharp(plain).raw().toBuffer({ resolveWithObject: true });
		const after = await sharp(baked).raw().toBuffer({ resolveWithObject: true });
		expect(after.info).toEqual(before.info);
		expect(after.data.equals(before.data)).toBe(true);
	});

	it.skipIf(kitAbsent)('re-bakes the conformance badge with one chunk holding the new assertion', needsKit, async () => {
		const rebaked = bakePng(new Uint8Array(await readStandard('conformance/ob20/simple-badge.png')), assertion);
		expect(badgeChunks(rebaked)).toHaveLength(1);
		expect(extractPngAssertion(rebaked)).toBe(assertion);
		await expect(sharp(rebaked).metadata()).resolves.toMatchObject({ format: 'png' });
	});
});

function encodeChunk(chunk: { type: string; data: Buffer }): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(chunk.data.length, 0);
	head.write(chunk.type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), chunk.data])), 0);
	return Buffer.concat([head, chunk.data, crc]);
}
