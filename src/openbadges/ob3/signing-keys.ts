import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { SIGNING_KEY_FILE_VARIABLE, SIGNING_KEY_VARIABLE, type SigningKeySource } from '../../settings/settings.ts';

/**
 * Build-time only (Node): the private key lives where the build runs and nowhere else.
 *
 * A key list is whitespace-, comma- or line-separated entries (`#` starts a comment line). The
 * first entry signs and must be a private key: 64 hex characters, the Ed25519 seed (`openssl rand
 * -hex 32` or `npm run generate:signing-key`). Later entries are retired keys, kept so credentials
 * they signed still verify: a private key or just its public Multikey (`z6Mk…`).
 */

export interface SigningKeys {
	/** True when no key is configured and a development key from the local cache signs: credentials are for demonstration only. */
	demo: boolean;
	/** The Ed25519 seed of the signing key. Never logged, never written to dist/. */
	seed: Uint8Array;
	/** Public keys (Multikey `publicKeyMultibase`) to list in issuer profiles: the signing key first, then retired ones. */
	publicKeys: readonly string[];
}

const SEED = /^[0-9a-f]{64}$/i;
const PUBLIC_MULTIKEY = /^z6Mk[1-9A-HJ-NP-Za-km-z]{44}$/;

/**
 * Reads the signing keys from where the settings say (OB3_SIGNING_KEY, the file OB3_SIGNING_KEY_FILE
 * names, or a development key made once in the cache). Errors name the variable or file and the
 * entry number, never a key.
 */
export async function readSigningKeys(source: SigningKeySource): Promise<SigningKeys> {
	switch (source.kind) {
		case 'inline':
			return { demo: false, ...(await parseKeyList(source.text, `the ${SIGNING_KEY_VARIABLE} environment variable`)) };
		case 'file':
			return { demo: false, ...(await parseKeyList(await readKeyFile(source.path), `${source.path} (named by ${SIGNING_KEY_FILE_VARIABLE})`)) };
		case 'demo':
			return { demo: true, ...(await parseKeyList(await readOrMakeDemoKey(source.file), source.file)) };
	}
}

/** The public Multikey (`z6Mk…`) of an Ed25519 seed. */
export async function publicKeyOf(seed: Uint8Array): Promise<string> {
	return (await Ed25519Multikey.generate({ seed })).publicKeyMultibase;
}

/** A new private key as the key list wants it (64 hex characters). */
export function generateSeedHex(): string {
	return randomBytes(32).toString('hex');
}

async function parseKeyList(text: string, where: string): Promise<Omit<SigningKeys, 'demo'>> {
	const entries = text
		.split('\n')
		.filter((line) => !line.trim().startsWith('#'))
		.join(' ')
		.split(/[\s,]+/)
		.filter(Boolean);
	if (entries.length === 0) throw new Error(`${where} holds no key. Put the signing key (64 hex characters, from \`npm run generate:signing-key\`) first.`);
	let seed: Uint8Array | undefined;
	const publicKeys: string[] = [];
	for (const [position, entry] of entries.entries()) {
		const number = position + 1;
		if (SEED.test(entry)) {
			const bytes = Uint8Array.from(Buffer.from(entry, 'hex'));
			seed ??= bytes;
			publicKeys.push(await publicKeyOf(bytes));
		} else if (PUBLIC_MULTIKEY.test(entry)) {
			if (position === 0) throw new Error(`Key 1 of ${where} is a public key, but the first key signs, so it must be a private key (64 hex characters). Put the current private key first and old public keys after it.`);
			publicKeys.push(entry);
		} else {
			// Never quote the entry: it may be a mistyped private key.
			throw new Error(`Key ${number} of ${where} is neither a private key (64 hex characters) nor a public Multikey (z6Mk followed by 44 base58 characters). Check for a truncated or extra character; \`npm run generate:signing-key\` prints a valid pair.`);
		}
	}
	if (seed === undefined) throw new Error(`${where} holds no private key.`);
	return { seed, publicKeys: [...new Set(publicKeys)] };
}

async function readKeyFile(file: string): Promise<string> {
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		throw new Error(`Cannot read the signing key file ${file} named by ${SIGNING_KEY_FILE_VARIABLE} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}). Check the path, relative to the project root, and that the build may read it.`);
	}
}

async function readOrMakeDemoKey(file: string): Promise<string> {
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	await mkdir(path.dirname(file), { recursive: true });
	const text = `# Development signing key made by the build because ${SIGNING_KEY_VARIABLE} is not set. Not for real credentials.\n${generateSeedHex()}\n`;
	// `wx`: when two builds race, the second keeps the first one's key instead of replacing it.
	await writeFile(file, text, { flag: 'wx', mode: 0o600 }).catch((error: NodeJS.ErrnoException) => {
		if (error.code !== 'EEXIST') throw error;
	});
	return readFile(file, 'utf8');
}
