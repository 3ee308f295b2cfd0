import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/openbadges/crc32.ts';

describe('crc32', () => {
	it('gives the standard check value for "123456789"', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});

	it('agrees with node:zlib on every byte value', () => {
		const bytes = Uint8Array.from({ length: 1024 }, (_, index) => (index * 131 + 7) % 256);
		expect(crc32(bytes)).toBe(zlibCrc32(bytes));
		expect(crc32(new Uint8Array())).toBe(zlibCrc32(new Uint8Array()));
	});
});
