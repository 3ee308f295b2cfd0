/** A parsed JSON object, as read from a hosted badge file. */
export type JsonObject = { [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON-LD treats `"p": "v"` and `"p": ["v"]` alike, so checks read every property as a list. */
export function toList(value: unknown): unknown[] {
	if (value === undefined) return [];
	return Array.isArray(value) ? value : [value];
}
