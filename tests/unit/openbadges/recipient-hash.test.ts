import { describe, expect, it } from 'vitest';
import { deriveSalt, hashIdentity } from '../../../src/openbadges/recipient-hash.ts';

describe('hashIdentity', () => {
	// Vectors from ../shared/standards/README.md (OB 2.0 and OB 3.0 use the same construction).
	it('reproduces the OB 2.0 recipient-hash vector', () => {
		expect(hashIdentity('nobody@example.org', 'deadsea')).toBe('sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942');
	});

	it('reproduces the OB 3.0 identity-hash vector', () => {
		expect(hashIdentity('a@example.com', 'Kosher')).toBe('sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399');
	});
});

describe('deriveSalt', () => {
	const secret = 'a-long-build-secret-0123456789';

	it('is stable for the same secret and assertion, so rebuilds are byte-identical', () => {
		expect(deriveSalt(secret, 'award-1')).toBe(deriveSalt(secret, 'award-1'));
	});

	it('differs per assertion and per secret', () => {
		const salts = new Set([deriveSalt(secret, 'award-1'), deriveSalt(secret, 'award-2'), deriveSalt(`${secret}x`, 'award-1')]);
		expect(salts.size).toBe(3);
	});

	it('is 32 lower-case hex digits that do not contain the secret', () => {
		const salt = deriveSalt(secret, 'award-1');
		expect(salt).toMatch(/^[0-9a-f]{32}$/);
		expect(salt).not.toContain(secret);
	});

	it('refuses a missing or short secret, saying how to set one', () => {
		expect(() => deriveSalt('', 'award-1')).toThrow(/empty.*openssl rand/);
		expect(() => deriveSalt('short', 'award-1')).toThrow(/shorter than 16/);
	});
});
