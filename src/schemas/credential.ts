import { z } from 'astro/zod';
import { httpUrlSchema, lineSchema, referenceSchema, slugSchema } from './shared.ts';

/** The fixed vocabulary of evidence an educator can submit. */
export const evidenceTypes = [
	'lesson-plan',
	'student-work',
	'video',
	'audio',
	'transcript',
	'image',
	'educator-reflection',
	'student-reflection',
	'observation',
	'other',
] as const;

export const evidenceTypeSchema = z.enum(evidenceTypes);
export type EvidenceType = z.infer<typeof evidenceTypeSchema>;

/** Grade bands a credential is written for. */
export const gradeBands = ['pre-k', 'k-2', '3-5', '6-8', '9-12', 'adult'] as const;

const methodComponentSchema = z.strictObject({
	/** Short name of the component. */
	name: lineSchema,
	/** What the educator does for this component. */
	description: lineSchema,
});

const citationSchema = z.strictObject({
	/** Full citation in APA style. */
	citation: lineSchema,
	/** Where the work can be read. */
	url: httpUrlSchema,
});

const rubricCriterionSchema = z.strictObject({
	/** What is assessed, e.g. "Question design". */
	name: lineSchema,
	/** One descriptor per rubric level, in the order of `rubric.levels`. */
	descriptors: z.array(lineSchema).min(2),
});

const rubricSchema = z
	.strictObject({
		/** Level names from lowest to highest, e.g. ["Beginning", "Developing", "Proficient", "Exemplary"]. */
		levels: z.array(lineSchema).min(2).max(5),
		/** The lowest level that earns the credential; must be one of `levels`. */
		passingLevel: lineSchema,
		/** Criteria (rows) of the rubric. */
		criteria: z.array(rubricCriterionSchema).min(1),
	})
	.superRefine((rubric, ctx) => {
		if (!rubric.levels.includes(rubric.passingLevel)) {
			ctx.addIssue({
				code: 'custom',
				path: ['passingLevel'],
				message: `must be one of the rubric levels: ${rubric.levels.join(', ')}`,
			});
		}
		rubric.criteria.forEach((criterion, index) => {
			if (criterion.descriptors.length !== rubric.levels.length) {
				ctx.addIssue({
					code: 'custom',
					path: ['criteria', index, 'descriptors'],
					message: `has ${criterion.descriptors.length} descriptors but the rubric has ${rubric.levels.length} levels; give one per level`,
				});
			}
		});
	});

const evidenceItemSchema = z.strictObject({
	/** Kind of evidence, from the fixed vocabulary. */
	type: evidenceTypeSchema,
	/** Short title of the requirement. */
	title: lineSchema,
	/** What to submit and how it is judged. */
	instructions: lineSchema,
});

const alignmentSchema = z.strictObject({
	/** Framework name, e.g. "InTASC Model Core Teaching Standards". */
	framework: lineSchema,
	/** Standard or element name within the framework. */
	name: lineSchema,
	/** Where the framework or standard is published. */
	url: httpUrlSchema,
	/** Code of the standard, e.g. "6(a)". */
	code: lineSchema.optional(),
});

export const credentialSchema = z.strictObject({
	/** Credential title. */
	title: lineSchema,
	/** URL slug; defaults to the file name. */
	slug: slugSchema.optional(),
	/** Id of the issuer (a file in `content/issuers/`). */
	issuer: referenceSchema,
	/** Id of the focus area (a file in `content/focus-areas/`). */
	focusArea: referenceSchema,
	/** One sentence: what the educator can do when they hold this credential. */
	competency: lineSchema,
	/** The research-backed key method, in a sentence or two. */
	keyMethod: lineSchema,
	/** The parts of the method the evidence must show. */
	methodComponents: z.array(methodComponentSchema).min(1),
	/** Research and resources behind the method. */
	research: z.array(citationSchema).min(1),
	/** Scoring guide used by reviewers. */
	rubric: rubricSchema,
	/** Evidence the educator submits. */
	evidence: z.array(evidenceItemSchema).min(1),
	/** Contact hours the credential is worth. */
	contactHours: z.number().positive().max(200),
	/** Grade bands the credential suits. */
	gradeBands: z.array(z.enum(gradeBands)).min(1),
	/** Subjects, e.g. "Mathematics", "All subjects". */
	subjects: z.array(lineSchema).min(1),
	/** Alignments to professional frameworks. */
	alignments: z.array(alignmentSchema).default([]),
	/** Version of the credential requirements (semantic, e.g. "1.2"). */
	version: z.string().regex(/^\d+(\.\d+){0,2}$/, 'must be a version number like 1.0 or 2.1.3').default('1.0'),
	/** `active` credentials can be earned; `retired` ones are kept for existing holders. */
	status: z.enum(['active', 'retired']).default('active'),
	/** Date the credential was first published. */
	published: z.coerce.date(),
	/** Date the requirements last changed; defaults to `published`. */
	updated: z.coerce.date().optional(),
});

export type Credential = z.infer<typeof credentialSchema>;
