import { isJsonObject } from '../json.ts';

/** An absolute IRI (any scheme, including compact `prefix:term`) or a JSON-LD blank node. */
export function isIri(value: unknown): value is string {
	return typeof value === 'string' && /^([a-z][a-z0-9+.-]*:|_:)\S+$/i.test(value);
}

export function isHttpUrl(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}

export function isDataUri(value: unknown): boolean {
	return typeof value === 'string' && /^data:/i.test(value);
}

export function isEmail(value: unknown): value is string {
	return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

export function isText(value: unknown): value is string {
	return typeof value === 'string' && value.trim() !== '';
}

/** The IRI of an `@id`-typed property, written either as the IRI or as an object with an `id`. */
export function idOf(value: unknown): unknown {
	return isJsonObject(value) ? value['id'] : value;
}

/** Short form of a value for messages. */
export function show(value: unknown): string {
	if (value === undefined) return 'missing';
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}

/** The reason a fetch failed, for messages. */
export function describeCause(cause: unknown): string {
	return cause instanceof Error ? cause.message : String(cause);
}
