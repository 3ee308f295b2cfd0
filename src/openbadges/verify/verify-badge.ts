import { createDocumentLoader } from '../ob3/document-loader.ts';
import { check, type Checklist, toChecklist } from './checklist.ts';
import { type BadgeInput, readBadgeDocument } from './read-badge-input.ts';
import type { FetchJson } from './verify-context.ts';
import { verifyCredential } from './verify-credential.ts';
import { verifyHostedChecklist } from './verify-hosted-checklist.ts';
import { verifyJwtCredential } from './verify-jwt-credential.ts';

export interface VerifyBadgeOptions {
	/**
	 * Fetches JSON: the credential (when given a URL), the issuer profile and the status list, and
	 * nothing else. Contexts are bundled; nothing about the visitor is ever sent.
	 */
	fetchJson: FetchJson;
	now?: Date;
	email?: string;
	knownIssuers?: ReadonlyMap<string, string>;
}

/**
 * The one entry point of the verifier: any input the page accepts, OB 2.0 or 3.0, to checklists:
 * one for a credential or badge, one per credential for a presentation (a portfolio's
 * "Download all my credentials" file), whose credentials share one loader, so each issuer's
 * profile and status list are fetched once.
 */
export async function verifyBadges(input: BadgeInput, options: VerifyBadgeOptions): Promise<Checklist[]> {
	const { fetchJson, ...rest } = options;
	switch (input.kind) {
		case 'presentation': {
			const documentLoader = createDocumentLoader({ fetchDocument: fetchJson });
			const lists: Checklist[] = [];
			for (const credential of input.credentials) lists.push(await verifyCredential(credential, { ...rest, documentLoader }));
			return lists;
		}
		case 'url': {
			let document: unknown;
			try {
				document = await fetchJson(input.url);
			} catch (error) {
				return [toChecklist('unknown', [check('format', 'fail', `Nothing could be loaded from ${input.url}, so nothing was checked. Check the address and your connection; the site must allow other sites to read it (CORS).`, error instanceof Error ? error.message : String(error))])];
			}
			const read = readBadgeDocument(document, `the document at ${input.url}`);
			// A hosted OB 2.0 badge is judged by the copy at its own id, which may differ from the address given.
			return verifyBadges(read.kind === 'ob2' ? { ...read, url: input.url } : read, options);
		}
		default:
			return [await verifyBadge(input, options)];
	}
}

/** One credential or badge the input holds (not a URL to fetch first, nor a presentation). */
export async function verifyBadge(input: Exclude<BadgeInput, { kind: 'url' | 'presentation' }>, options: VerifyBadgeOptions): Promise<Checklist> {
	const { fetchJson, ...rest } = options;
	switch (input.kind) {
		case 'ob3':
			return verifyCredential(input.credential, { ...rest, documentLoader: createDocumentLoader({ fetchDocument: fetchJson }) });
		case 'ob2':
			return verifyHostedChecklist(input.url, fetchJson, rest);
		case 'jwt':
			return verifyJwtCredential(input.token, { ...rest, documentLoader: createDocumentLoader({ fetchDocument: fetchJson }) });
		case 'invalid':
			return toChecklist('unknown', [check('format', 'fail', input.message)]);
	}
}
