import { createHash, createHmac } from 'node:crypto';

/**
 * Node-only on purpose: hashing happens once, at build time, where the secret lives. The
 * in-browser baker only embeds assertion JSON that is already public, so it never needs these
 * functions (a WebCrypto port would be `crypto.subtle.digest` / `sign('HMAC')`, both async).
 */

/** Hex characters kept from the HMAC: 128 bits, far beyond guessing, short enough to stay small per award. */
const SALT_HEX_LENGTH = 32;

/** The OB 2.0 hashed identity: `sha256$` + hex(sha256(identity + salt)). */
export function hashIdentity(identity: string, salt: string): string {
	return `sha256$${createHash('sha256').update(identity + salt, 'utf8').digest('hex')}`;
}

/**
 * A per-assertion salt that is stable across rebuilds (so output is byte-identical) yet cannot
 * be recomputed without the secret, which would otherwise let anyone confirm a guessed email.
 */
export function deriveSalt(secret: string, assertionKey: string): string {
	if (secret.length < 16) {
		throw new Error(`The badge salt secret is ${secret.length === 0 ? 'empty' : 'shorter than 16 characters'}; recipient hashes would be guessable. Set a long random secret (e.g. \`openssl rand -hex 32\`) in the build environment and keep it out of the repository.`);
	}
	return createHmac('sha256', secret).update(assertionKey, 'utf8').digest('hex').slice(0, SALT_HEX_LENGTH);
}
