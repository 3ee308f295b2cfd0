import { z } from 'astro/zod';
import { hexColorSchema, lineSchema } from './shared.ts';

/** Icons drawn for focus areas; each name maps to an SVG path in `src/icons/focus-area-icons.ts`. */
export const focusAreaIcons = [
	'check-circle',
	'puzzle',
	'layers',
	'chart',
	'compass',
	'globe',
	'spark',
	'fraction',
	'book',
	'users',
	'lightbulb',
	'target',
] as const;

export const focusAreaSchema = z.strictObject({
	/** Display name, e.g. "Checking for Understanding". */
	name: lineSchema,
	/** One sentence shown on cards and in search results. */
	summary: lineSchema.max(200, 'must be at most 200 characters; move detail to description'),
	/** A paragraph or two shown on the focus-area page. */
	description: lineSchema,
	/** Brand colour of the area (badge backgrounds, accents). */
	color: hexColorSchema,
	/** Icon drawn on cards and badges. */
	icon: z.enum(focusAreaIcons),
	/** Position in listings; lower comes first. */
	order: z.number().int().nonnegative().default(100),
});

export type FocusArea = z.infer<typeof focusAreaSchema>;
