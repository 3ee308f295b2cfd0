import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { Ed25519MultikeyKeyPair } from '@digitalbazaar/ed25519-multikey';
import { Piscina } from 'piscina';
import type { ContentStore } from '../../store/content-store.ts';
import { formatDateTime } from '../date-time.ts';
import { keyId } from './build-profile.ts';
import type { DocumentLoader } from './document-loader.ts';
import type { SignTask } from './sign-worker.ts';
import type { SignOptions } from './sign-credential.ts';
import type { SigningKeys } from './signing-keys.ts';

const require = createRequire(import.meta.url);

/** A new canonicalisation or suite release could sign the same document differently: part of every cache key. */
const libraryVersions = ['@digitalbazaar/vc', '@digitalbazaar/data-integrity', '@digitalbazaar/eddsa-rdfc-2022-cryptosuite', 'rdf-canonize', 'jsonld'].map((name) => `${name}@${packageVersion(name)}`);

/** Some of these packages do not export their package.json, so find it beside the resolved entry point. */
function packageVersion(name: string): string {
	const entry = require.resolve(name);
	const root = entry.slice(0, entry.lastIndexOf(`node_modules${path.sep}${name.split('/').join(path.sep)}`) + `node_modules/${name}`.length);
	return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

export interface SignerOptions {
	keys: SigningKeys;
	documentLoader: DocumentLoader;
	/** `created` of every new proof: the build's date, so a pinned BUILD_DATE gives byte-identical output. */
	created: Date;
	/** Proofs by content hash, kept between builds (the content store); none in tests that want every document signed. */
	cache?: Pick<ContentStore, 'read' | 'write'>;
	/**
	 * Signs one document on this thread; tests inject a counting one. Without it, documents are
	 * signed on `threads` worker threads (canonicalisation is CPU-bound; 2 halves a cold build here).
	 */
	sign?: (document: object, options: SignOptions) => Promise<Record<string, unknown>>;
	threads?: number;
}

export interface CredentialSigner {
	/** The document with its proof; `controller` is the issuer Profile whose key signs. */
	sign(document: object, controller: string): Promise<Record<string, unknown>>;
	/** Stops the worker threads. */
	close(): Promise<void>;
	/** Signatures made and reused; `signingMs` is the time spent signing, summed over threads. */
	readonly counts: { signed: number; reused: number; signingMs: number };
}

/**
 * Signs documents with the build's key, reusing a cached proof when the same document was signed
 * by the same key before: a warm rebuild signs only what changed.
 */
export function createCredentialSigner(options: SignerOptions): CredentialSigner {
	const { keys, documentLoader, created, cache } = options;
	const publicKey = keys.publicKeys[0]!;
	const counts = { signed: 0, reused: 0, signingMs: 0 };
	let pool: Piscina | undefined;

	const signHere = (sign: NonNullable<SignerOptions['sign']>) => {
		const keyPairs = new Map<string, Promise<Ed25519MultikeyKeyPair>>();
		return async (document: object, controller: string) => {
			let keyPair = keyPairs.get(controller);
			if (keyPair === undefined) {
				keyPair = Ed25519Multikey.generate({ seed: keys.seed, controller, id: keyId(controller, publicKey) });
				keyPairs.set(controller, keyPair);
			}
			const started = performance.now();
			const signed = await sign(document, { keyPair: await keyPair, documentLoader, created });
			return { signed, ms: performance.now() - started };
		};
	};
	const signOnWorker = (document: object, controller: string): Promise<{ signed: Record<string, unknown>; ms: number }> => {
		pool ??= new Piscina({ filename: new URL('./sign-worker.ts', import.meta.url).href, maxThreads: options.threads ?? Math.min(2, availableParallelism()), idleTimeout: 1000 });
		const task: SignTask = { document, controller, keyId: keyId(controller, publicKey), seed: keys.seed, created: formatDateTime(created) };
		return pool.run(task) as Promise<{ signed: Record<string, unknown>; ms: number }>;
	};
	const signOne = options.sign === undefined ? signOnWorker : signHere(options.sign);

	return {
		counts,
		async sign(document, controller) {
			const verificationMethod = keyId(controller, publicKey);
			const cacheKey = createHash('sha256').update(JSON.stringify({ document, verificationMethod, libraryVersions })).digest('hex');
			const cached = await cache?.read(cacheKey);
			if (cached !== undefined) {
				counts.reused += 1;
				return { ...document, proof: JSON.parse(cached.toString('utf8')) as unknown };
			}
			const { signed, ms } = await signOne(document, controller);
			counts.signingMs += ms;
			counts.signed += 1;
			await cache?.write(cacheKey, Buffer.from(JSON.stringify(signed['proof'])));
			return signed;
		},
		async close() {
			await pool?.destroy();
		},
	};
}
