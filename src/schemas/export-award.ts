import { z } from 'astro/zod';
import { booleanSchema, hoursSchema, isoDateSchema, opaqueIdSchema, plainText, recordIdSchema, singleLine } from './export-fields.ts';
import { slugSchema } from './shared.ts';

/** One row of `awards.csv`: a credential an educator earned. */
export const awardSchema = z.strictObject({
	/** Stable, unique id; part of the award's web address. */
	award_id: recordIdSchema,
	/** The `educator_id` of the educator who earned it. */
	educator_id: opaqueIdSchema,
	/** Slug of the catalog credential earned. */
	credential_id: slugSchema,
	/** Day the award was granted (YYYY-MM-DD). */
	awarded_on: isoDateSchema,
	/** Day the award stops being valid (YYYY-MM-DD); empty means it never expires. */
	expires_on: isoDateSchema.optional(),
	/** Rubric level the reviewer gave; one of the credential's rubric levels. */
	rubric_level: singleLine(60),
	/** Name of the reviewing educator. */
	reviewer: singleLine(120).optional(),
	/** The educator's reflection on the work, plain text. */
	reflection: plainText(5000).optional(),
	/** Contact hours granted, when they differ from the credential's own. */
	contact_hours: hoursSchema.optional(),
	/** Whether the issuer withdrew the award. */
	revoked: booleanSchema.default(false),
	/** Why the award was revoked; only with `revoked` true. */
	revocation_reason: plainText(500).optional(),
});

export type Award = z.infer<typeof awardSchema>;
/** An award as written in an export, before defaults apply. */
export type AwardInput = z.input<typeof awardSchema>;
