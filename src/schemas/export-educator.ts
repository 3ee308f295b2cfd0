import { z } from 'astro/zod';
import { isoDateSchema, opaqueIdSchema, plainText, singleLine } from './export-fields.ts';
import { slugSchema } from './shared.ts';

/** Who may see an educator's portfolio. */
export const educatorVisibilities = ['public', 'unlisted', 'private'] as const;
export type EducatorVisibility = (typeof educatorVisibilities)[number];

/** The default when an export leaves `visibility` empty: publish nothing the educator did not choose to. */
export const defaultEducatorVisibility: EducatorVisibility = 'private';

/** One row of `educators.csv`; `defaultVisibility` is the site's configured default. */
export function createEducatorSchema(defaultVisibility: EducatorVisibility = defaultEducatorVisibility) {
	return z.strictObject({
		/** Stable, opaque id from the exporting platform. */
		educator_id: opaqueIdSchema,
		/** Full name as the educator wants it shown. */
		name: singleLine(120),
		/** Contact address; never published, only hashed into credentials. */
		email: z.email('must be an email address such as ana@example.org').max(254).optional(),
		/** Job title, e.g. "Grade 4 teacher". */
		role: singleLine(120).optional(),
		/** School name. */
		school: singleLine(160).optional(),
		/** District name; educators with the same district are listed together. */
		district: singleLine(160).optional(),
		/** Id of the catalog licensing authority whose renewal rules apply. */
		licensing_authority: slugSchema.optional(),
		/** First day of the educator's first licence cycle (YYYY-MM-DD). */
		license_cycle_start: isoDateSchema.optional(),
		/** `public`: listed and searchable; `unlisted`: reachable by link only; `private`: not published. */
		visibility: z.enum(educatorVisibilities).default(defaultVisibility),
		/** Address of the portfolio, `/educators/<slug>/`; defaults to the name plus a short hash of `educator_id`. */
		portfolio_slug: slugSchema.max(80).optional(),
		/** A short biography, plain text. */
		bio: plainText(2000).optional(),
	});
}

export const educatorSchema = createEducatorSchema();
export type Educator = z.infer<typeof educatorSchema>;
/** An educator as written in an export, before defaults apply. */
export type EducatorInput = z.input<typeof educatorSchema>;
