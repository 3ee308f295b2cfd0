import { z } from 'astro/zod';
import { httpUrlSchema, lineSchema, referenceSchema } from './shared.ts';

/** Units licensing authorities count professional learning in. */
export const creditUnits = ['contact-hours', 'pd-points', 'ceus'] as const;

const overrideSchema = z.strictObject({
	/** Id of the credential this line is about. */
	credential: referenceSchema,
	/** What the authority counts it as, in the authority's unit. */
	amount: z.number().nonnegative(),
});

export const authoritySchema = z.strictObject({
	/** Name, e.g. "Riverbend Unified School District". */
	name: lineSchema,
	/** Where it applies, e.g. "Oregon" or "Riverbend, OR". */
	jurisdiction: lineSchema,
	/** Whether this is a state body or a district. */
	level: z.enum(['state', 'district']),
	/** Page describing the renewal rules. */
	url: httpUrlSchema.optional(),
	/** Unit the authority counts in. */
	unit: z.enum(creditUnits).default('contact-hours'),
	/** Units of credit per contact hour (e.g. 0.1 for CEUs). */
	unitsPerHour: z.number().positive().default(1),
	/** Amount required per renewal cycle, in `unit`. */
	requiredAmount: z.number().positive(),
	/** Length of a renewal cycle in years. */
	cycleYears: z.number().int().positive(),
	/** Focus areas whose credentials count; empty with empty `credentials` means every credential counts. */
	focusAreas: z.array(referenceSchema).default([]),
	/** Individual credentials that count in addition to `focusAreas`. */
	credentials: z.array(referenceSchema).default([]),
	/** Credentials the authority counts differently from their own hours. */
	overrides: z.array(overrideSchema).default([]),
	/** Other recognition granted, e.g. "Salary-schedule credit after 45 hours". */
	recognition: z.array(lineSchema).default([]),
});

export type Authority = z.infer<typeof authoritySchema>;
