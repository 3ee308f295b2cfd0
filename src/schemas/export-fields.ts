import { z } from 'astro/zod';

/** Characters that have no place in exported text: control codes other than tab and newline. */
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Plain text, trimmed, never empty, at most `max` characters; may span lines. */
export function plainText(max: number) {
	return z
		.string()
		.trim()
		.min(1)
		.max(max)
		.refine((value) => !controlCharacters.test(value), 'contains control characters; remove them (export the text again as plain UTF-8)');
}

/** Plain text on one line, trimmed, never empty, at most `max` characters. */
export function singleLine(max: number) {
	return plainText(max).refine((value) => !/[\r\n]/.test(value), 'must be on one line; remove the line breaks');
}

/** An id that becomes part of a web address, e.g. `/educators/ana-lopez-3f2a1c/aw-0001/`. */
export const recordIdSchema = z
	.string()
	.trim()
	.max(64)
	.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be letters, digits, hyphens and underscores (it becomes part of a web address), like "aw-0001"');

/** An id the exporting platform chose; never shown, only compared. */
export const opaqueIdSchema = singleLine(128);

/** A calendar date written YYYY-MM-DD. */
export const isoDateSchema = z.iso.date({ message: 'must be a real date written YYYY-MM-DD, such as 2024-09-01' });

const hoursPattern = /^\d+(\.\d+)?$/;

/** `true` or `false`; CSV cells hold them as text, JSON may use either form. */
export const booleanSchema = z
	.union([z.boolean(), z.string()])
	.pipe(
		z.transform((value, ctx) => {
			if (typeof value === 'boolean') return value;
			if (value === 'true' || value === 'false') return value === 'true';
			ctx.issues.push({ code: 'custom', input: value, message: `is "${value}"; write true or false (lower case)` });
			return z.NEVER;
		}),
	)
	.meta({ enum: [true, false, 'true', 'false'] });

/** A number of hours from 0 to 200; CSV cells hold it as text such as `7.5`. */
export const hoursSchema = z
	.union([z.number(), z.string()])
	.pipe(
		z.transform((value, ctx) => {
			const hours = typeof value === 'number' ? value : hoursPattern.test(value) ? Number(value) : Number.NaN;
			if (hours >= 0 && hours <= 200) return hours;
			ctx.issues.push({ code: 'custom', input: value, message: `is "${value}"; write a number of hours from 0 to 200, such as 12 or 7.5` });
			return z.NEVER;
		}),
	)
	.meta({ anyOf: [{ type: 'number', minimum: 0, maximum: 200 }, { type: 'string', pattern: hoursPattern.source }] });

/** An absolute http(s) address; other schemes (javascript:, data:, file:) could run code or leak files. */
export const webAddressSchema = z
	.string()
	.trim()
	.max(2000)
	.refine(
		(value) => /^https?:\/\/[^\s/?#]+/i.test(value) && URL.canParse(value),
		'must be a web address starting with http:// or https://; other schemes such as javascript: or data: are refused',
	)
	.meta({ format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' });
