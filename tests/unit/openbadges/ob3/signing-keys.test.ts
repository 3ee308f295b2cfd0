import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSeedHex, publicKeyOf, readSigningKeys } from '../../../../src/openbadges/ob3/signing-keys.ts';
import { readSettings } from '../../../../src/settings/settings.ts';
import { makeTempDir } from '../../../support/temp-dir.ts';



const seedOf = (hex: string) => Uint8Array.from(Buffer.from(hex, 'hex'));
/** The keys a build with environment `env` signs with. */
const keysOf = (env: Record<string, string>) => readSigningKeys(readSettings({}, env).signingKey);

describe('readSigningKeys', () => {
	it('signs with the first key and lists every public key, retired ones after it', async () => {
		const current = generateSeedHex();
		const retiredSeed = generateSeedHex();
		const retiredPublic = await publicKeyOf(seedOf(generateSeedHex()));
		const keys = await keysOf({ OB3_SIGNING_KEY: `${current},\n${retiredSeed} ${retiredPublic}` });
		expect(keys.demo).toBe(false);
		expect(Buffer.from(keys.seed).toString('hex')).toBe(current);
		expect(keys.publicKeys).toEqual([await publicKeyOf(seedOf(current)), await publicKeyOf(seedOf(retiredSeed)), retiredPublic]);
		expect(keys.publicKeys[0]).toMatch(/^z6Mk/);
	});

	it('reads a key file with comments, as npm run generate:signing-key prints it', async () => {
		const dir = await makeTempDir();
		const seed = generateSeedHex();
		await writeFile(path.join(dir, 'key.txt'), `# made today\n#   z6MkgiHGv17AR9PLDDD7FXwduCs1t3V8R8FrAeVdwt7BvLPG\n${seed}\n`);
		const keys = await keysOf({ OB3_SIGNING_KEY_FILE: path.join(dir, 'key.txt') });
		expect(Buffer.from(keys.seed).toString('hex')).toBe(seed);
		expect(keys.publicKeys).toHaveLength(1);
	});

	it('makes a development key once in the cache and reuses it, flagged demo', async () => {
		const cache = await makeTempDir();
		const demoKeyFile = path.join(cache, 'ob3', 'demo-signing-key.txt');
		expect(readSettings({}, { CACHE_DIR: cache }).signingKey).toEqual({ kind: 'demo', file: demoKeyFile });
		const first = await keysOf({ CACHE_DIR: cache });
		const second = await keysOf({ CACHE_DIR: cache, OB3_SIGNING_KEY: '  ' });
		expect(first.demo).toBe(true);
		expect(second.seed).toEqual(first.seed);
		expect((await stat(demoKeyFile)).mode & 0o077).toBe(0);
		expect(await readFile(demoKeyFile, 'utf8')).toContain('Not for real credentials');
		expect(readSettings({}, { OB3_SIGNING_KEY_FILE: 'keys/ob3.txt' }).signingKey.kind).toBe('file');
	});

	it('never echoes a key in an error', async () => {
		const seed = generateSeedHex();
		const mistyped = `${seed.slice(0, 63)}g`;
		const attempts = [
			{ env: { OB3_SIGNING_KEY: mistyped }, message: 'Key 1 of the OB3_SIGNING_KEY environment variable is neither a private key (64 hex characters) nor a public Multikey (z6Mk followed by 44 base58 characters). Check for a truncated or extra character; `npm run generate:signing-key` prints a valid pair.' },
			{ env: { OB3_SIGNING_KEY: `${seed} ${seed.slice(1)}` }, message: /^Key 2 of the OB3_SIGNING_KEY environment variable is neither/ },
			{ env: { OB3_SIGNING_KEY: await publicKeyOf(seedOf(seed)) }, message: /^Key 1 of the OB3_SIGNING_KEY environment variable is a public key, but the first key signs/ },
			{ env: { OB3_SIGNING_KEY_FILE: '/nonexistent/key.txt' }, message: /^Cannot read the signing key file \/nonexistent\/key\.txt named by OB3_SIGNING_KEY_FILE \(ENOENT\)/ },
		];
		for (const { env, message } of attempts) {
			const error = await keysOf(env).then(
				() => undefined,
				(caught: unknown) => caught as Error,
			);
			expect(error?.message).toMatch(message);
			for (const part of [seed, mistyped, seed.slice(0, 16), seed.slice(-16)]) expect(error?.message).not.toContain(part);
		}
	});
});
