import { z } from 'astro/zod';
import { lineSchema, referenceSchema } from './shared.ts';

const completionSchema = z.discriminatedUnion('rule', [
	z.strictObject({
		/** Every credential in the stack is required. */
		rule: z.literal('all'),
	}),
	z.strictObject({
		/** A number of the stack's credentials is required. */
		rule: z.literal('n-of-m'),
		/** How many credentials complete the stack. */
		required: z.number().int().positive(),
	}),
]);

export const stackSchema = z
	.strictObject({
		/** Stack title, e.g. "Formative Assessment Practitioner". */
		title: lineSchema,
		/** What holding the whole stack says about an educator. */
		description: lineSchema,
		/** Ids of credentials (files in `content/credentials/`), in the suggested order. */
		credentials: z.array(referenceSchema).min(2),
		/** When the stack counts as complete. */
		completion: completionSchema.default({ rule: 'all' }),
		/** Extra contact hours awarded on completion. */
		bonusHours: z.number().nonnegative().default(0),
	})
	.superRefine((stack, ctx) => {
		if (stack.completion.rule === 'n-of-m' && stack.completion.required > stack.credentials.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['completion', 'required'],
				message: `is ${stack.completion.required} but the stack lists only ${stack.credentials.length} credentials`,
			});
		}
		const seen = new Set<string>();
		stack.credentials.forEach((id, index) => {
			if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['credentials', index], message: `lists "${id}" twice` });
			seen.add(id);
		});
	});

export type Stack = z.infer<typeof stackSchema>;
