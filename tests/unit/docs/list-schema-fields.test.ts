import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { listSchemaFields } from './list-schema-fields.ts';

describe('listSchemaFields', () => {
	it('names nested groups with dots and the items of lists of groups with []', () => {
		const schema = z.strictObject({
			title: z.string(),
			rubric: z.strictObject({
				levels: z.array(z.string()).min(2),
				criteria: z.array(z.strictObject({ name: z.string(), descriptors: z.array(z.string()) })),
			}),
		});
		expect(listSchemaFields(schema).map((field) => field.path)).toEqual([
			'title',
			'rubric',
			'rubric.levels',
			'rubric.criteria',
			'rubric.criteria[].name',
			'rubric.criteria[].descriptors',
		]);
	});

	it('tells required, optional and defaulted fields apart and keeps the default', () => {
		const schema = z.strictObject({
			name: z.string(),
			logo: z.string().optional(),
			order: z.number().default(100),
			tags: z.array(z.string()).default([]),
		});
		expect(listSchemaFields(schema).map(({ path, presence, defaultValue }) => ({ path, presence, defaultValue }))).toEqual([
			{ path: 'name', presence: 'required', defaultValue: undefined },
			{ path: 'logo', presence: 'optional', defaultValue: undefined },
			{ path: 'order', presence: 'default', defaultValue: 100 },
			{ path: 'tags', presence: 'default', defaultValue: [] },
		]);
	});

	it('merges the fields of every form of a discriminated union and collects their choices', () => {
		const schema = z.strictObject({
			completion: z
				.discriminatedUnion('rule', [
					z.strictObject({ rule: z.literal('all') }),
					z.strictObject({ rule: z.literal('n-of-m'), required: z.number() }),
				])
				.default({ rule: 'all' }),
			bands: z.array(z.enum(['k-2', '3-5'])),
		});
		expect(listSchemaFields(schema)).toEqual([
			{ path: 'completion', presence: 'default', defaultValue: { rule: 'all' }, allowedValues: [] },
			{ path: 'completion.rule', presence: 'required', allowedValues: ['all', 'n-of-m'] },
			{ path: 'completion.required', presence: 'required', allowedValues: [] },
			{ path: 'bands', presence: 'required', allowedValues: ['k-2', '3-5'] },
		]);
	});

	it('looks through refinements and transforms to the fields an author writes', () => {
		const schema = z
			.strictObject({ hours: z.string().transform(Number).pipe(z.number()), published: z.coerce.date() })
			.superRefine(() => undefined);
		expect(listSchemaFields(schema).map((field) => field.path)).toEqual(['hours', 'published']);
	});

	it('refuses a schema type it cannot look inside, naming the field', () => {
		const schema = z.strictObject({ extra: z.record(z.string(), z.string()) });
		expect(() => listSchemaFields(schema)).toThrow(/extra is a zod "record".*teach it that type/);
	});
});
