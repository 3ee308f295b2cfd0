import { z } from 'astro/zod';
import { evidenceTypeSchema } from './credential.ts';
import { plainText, recordIdSchema, singleLine, webAddressSchema } from './export-fields.ts';

/** Whether a piece of evidence is shown, or only listed by type and title. */
export const evidenceVisibilities = ['public', 'withheld'] as const;
export type EvidenceVisibility = (typeof evidenceVisibilities)[number];

/** One row of `evidence.csv`: an artifact submitted for an award, linked by `url` or housed as `file`. */
export const evidenceSchema = z.strictObject({
	/** Stable, unique id. */
	evidence_id: recordIdSchema,
	/** The `award_id` of the award it was submitted for. */
	award_id: recordIdSchema,
	/** Kind of evidence, from the catalog's evidence vocabulary. */
	type: evidenceTypeSchema,
	/** Short title. */
	title: singleLine(200),
	/** Web address of the artifact (http or https); give this or `file`. */
	url: webAddressSchema.optional(),
	/** Path of the artifact inside the export folder, e.g. `files/ev-12.pdf`; give this or `url`. */
	file: singleLine(500).optional(),
	/** What the artifact shows, plain text. */
	description: plainText(2000).optional(),
	/** `public`: shown in full; `withheld`: listed by type and title only. */
	visibility: z.enum(evidenceVisibilities).default('public'),
});

export type Evidence = z.infer<typeof evidenceSchema>;
/** Evidence as written in an export, before defaults apply. */
export type EvidenceInput = z.input<typeof evidenceSchema>;
