import { decodeList } from '@digitalbazaar/vc-bitstring-status-list';
import { describe, expect, it } from 'vitest';
import { assignStatusIndexes, buildStatusListCredential, STATUS_LIST_LENGTH } from '../../../../src/openbadges/ob3/status-list.ts';

const holders = (count: number, since: string, prefix = 'aw-') => Array.from({ length: count }, (_, index) => ({ key: `${prefix}${index}`, since }));

describe('assignStatusIndexes', () => {
	it('gives every credential its own index inside the list', () => {
		const indexes = assignStatusIndexes(holders(5000, '2024-01-01'), 'acme');
		expect(new Set(indexes.values()).size).toBe(5000);
		expect(Math.min(...indexes.values())).toBeGreaterThanOrEqual(0);
		expect(Math.max(...indexes.values())).toBeLessThan(STATUS_LIST_LENGTH);
	});

	it('keeps every published index when later awards are added, in any input order, even when they collide', () => {
		// A tiny list makes collisions certain.
		const before = assignStatusIndexes(holders(40, '2024-01-01'), 'acme', 128);
		const after = assignStatusIndexes([...holders(20, '2025-06-01', 'new-'), ...holders(40, '2024-01-01').reverse()], 'acme', 128);
		for (const [key, index] of before) expect({ key, index: after.get(key) }).toEqual({ key, index });
		expect(new Set(after.values()).size).toBe(60);
	});

	it('refuses a list more than half full, naming the issuer', () => {
		expect(() => assignStatusIndexes(holders(65, '2024-01-01'), 'acme', 128)).toThrow('Issuer "acme" has 65 credentials, more than its status list of 128 bits can index sparsely.');
	});
});

describe('buildStatusListCredential', () => {
	it('sets exactly the revoked bits in a list of the fixed length', async () => {
		const list = await buildStatusListCredential({ id: 'https://example.org/status/acme.json', issuer: 'https://example.org/issuers/acme.json', validFrom: new Date('2025-01-01T00:00:00Z'), revoked: [3, 900_000] });
		expect(list).toMatchObject({ type: ['VerifiableCredential', 'BitstringStatusListCredential'], issuer: 'https://example.org/issuers/acme.json', validFrom: '2025-01-01T00:00:00Z', credentialSubject: { id: 'https://example.org/status/acme.json#list', statusPurpose: 'revocation' } });
		const decoded = await decodeList({ encodedList: (list['credentialSubject'] as { encodedList: string }).encodedList });
		expect(decoded.length).toBe(STATUS_LIST_LENGTH);
		expect([2, 3, 4, 900_000].map((index) => decoded.getStatus(index))).toEqual([false, true, false, true]);
	});
});
