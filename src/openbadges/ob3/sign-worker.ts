import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { Ed25519MultikeyKeyPair } from '@digitalbazaar/ed25519-multikey';
import { createDocumentLoader } from './document-loader.ts';
import { signCredential } from './sign-credential.ts';

/** One document to sign on a worker thread; the seed crosses only the thread boundary, never a file or a log. */
export interface SignTask {
	document: object;
	controller: string;
	keyId: string;
	seed: Uint8Array;
	created: string;
}

const documentLoader = createDocumentLoader();
const keyPairs = new Map<string, Promise<Ed25519MultikeyKeyPair>>();

/** Piscina calls the default export once per task; `ms` is the signing time alone, without time queued. */
export default async function sign(task: SignTask): Promise<{ signed: Record<string, unknown>; ms: number }> {
	let keyPair = keyPairs.get(task.keyId);
	if (keyPair === undefined) {
		keyPair = Ed25519Multikey.generate({ seed: task.seed, controller: task.controller, id: task.keyId });
		keyPairs.set(task.keyId, keyPair);
	}
	const started = performance.now();
	const signed = await signCredential(task.document, { keyPair: await keyPair, documentLoader, created: task.created });
	return { signed, ms: performance.now() - started };
}
