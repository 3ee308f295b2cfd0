import { z } from 'astro/zod';
import { awardSchema } from './export-award.ts';
import { educatorSchema } from './export-educator.ts';
import { evidenceSchema } from './export-evidence.ts';

/** The JSON form of an export: the same records as the three CSV files. */
export const exportFileSchema = z
	.strictObject({
		/** Rows of `educators.csv`. */
		educators: z.array(educatorSchema),
		/** Rows of `awards.csv`. */
		awards: z.array(awardSchema),
		/** Rows of `evidence.csv`. */
		evidence: z.array(evidenceSchema),
	})
	.meta({
		title: 'Credfolio earner export',
		description: 'Who earned which micro-credential, with which evidence; see docs/export-format.md. Leave out optional fields that have no value.',
	});
