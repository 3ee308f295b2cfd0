import { isJsonObject } from '../json.ts';
import { checkContext, expectType } from './check-document.ts';
import { fieldOf, type NodeAt } from './node-at.ts';
import type { VerifyContext } from './verify-context.ts';
import { describeCause, isHttpUrl, isIri, show } from './values.ts';

/** Where a URL was found, so a failed fetch is reported against the property that named it. */
export interface Referrer {
	file: string;
	field: string;
}

type Loaded = { document: unknown } | { failure: string };

/** Fetches a hosted OB document and checks what every standalone document needs. */
export async function fetchDocument(url: string, referrer: Referrer, context: VerifyContext): Promise<NodeAt | undefined> {
	const loaded = await load(url, context);
	if ('failure' in loaded) {
		context.report.error(referrer.file, referrer.field, `points to ${url}, which could not be fetched (${loaded.failure}); publish the file there or fix the link.`);
		return undefined;
	}
	return accept(url, loaded.document, context);
}

/**
 * Resolves an `@id` property (a badge's issuer, an assertion's badge) to the node it names and
 * checks its class. An embedded copy is replaced by the hosted one when it has an http(s) id,
 * because only the hosted copy is the issuer's word.
 */
export async function resolveReference(from: NodeAt, property: string, expected: readonly string[], context: VerifyContext): Promise<NodeAt | undefined> {
	const value = from.node[property];
	const referrer = { file: from.file, field: fieldOf(from, property) };
	let resolved: NodeAt | undefined;
	if (typeof value === 'string' && isIri(value)) {
		resolved = await fetchDocument(value, referrer, context);
	} else if (isJsonObject(value)) {
		resolved = await resolveEmbedded(value, referrer, context);
	} else {
		context.report.error(referrer.file, referrer.field, `is ${show(value)}; it must be the URL of the ${expected[0] ?? 'object'} or an embedded copy with an id.`);
	}
	if (resolved === undefined) return undefined;
	return expectType(resolved, expected, `the ${property} of ${from.file}`, context.report) ? resolved : undefined;
}

async function resolveEmbedded(node: Record<string, unknown>, referrer: Referrer, context: VerifyContext): Promise<NodeAt | undefined> {
	const embedded = { node, file: referrer.file, field: referrer.field };
	const id = node['id'];
	if (!isHttpUrl(id)) return embedded;
	const loaded = await load(id, context);
	if ('failure' in loaded) {
		context.report.warn(referrer.file, referrer.field, `is embedded, and its hosted copy at ${id} could not be fetched (${loaded.failure}); the embedded copy was checked instead.`);
		return embedded;
	}
	return accept(id, loaded.document, context);
}

async function load(url: string, context: VerifyContext): Promise<Loaded> {
	try {
		return { document: await context.fetchJson(url) };
	} catch (cause) {
		return { failure: describeCause(cause) };
	}
}

function accept(url: string, document: unknown, context: VerifyContext): NodeAt | undefined {
	if (!isJsonObject(document)) {
		context.report.error(url, '', `is ${show(document)}, not a JSON object; publish the Open Badges document there.`);
		return undefined;
	}
	checkContext(document, url, context.report);
	if (document['id'] !== url) {
		context.report.warn(url, 'id', `is ${show(document['id'])}, but the file was fetched from ${url}; hosted verification trusts only the copy at an object's id, so publish it at its id.`);
	}
	return { node: document, file: url, field: '' };
}
