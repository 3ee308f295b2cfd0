import type { z } from 'astro/zod';

/** Whether an author must write a field, may leave it out, or gets a default value when they leave it out. */
export type Presence = 'required' | 'optional' | 'default';

/** One field an author can write, named the way docs/authoring.md names it. */
export interface SchemaField {
	/** Dotted path; `[]` stands for every item of a list of groups, e.g. `rubric.criteria[].descriptors`. */
	path: string;
	/** Relative to the enclosing group: `rubric.criteria[].name` is required in every criterion. */
	presence: Presence;
	/** The value used when the field is left out; only when `presence` is `default`. */
	defaultValue?: unknown;
	/** Values a choice field (or a list of choices) accepts; empty for free-form fields. */
	allowedValues: string[];
}

type Schema = z.core.$ZodType;

/** Types that hold no fields of their own; anything else must be walked or the doc test could miss fields. */
const leafTypes = new Set(['string', 'number', 'bigint', 'boolean', 'date', 'enum', 'literal']);

function defOf(schema: Schema): z.core.$ZodTypes['_zod']['def'] {
	return (schema as z.core.$ZodTypes)._zod.def;
}

/** Strips the wrappers that change how a field is filled in but not what it holds. */
function unwrap(schema: Schema): { inner: Schema; presence: Presence; defaultValue?: unknown } {
	const def = defOf(schema);
	switch (def.type) {
		case 'optional': {
			const inner = unwrap(def.innerType);
			return inner.presence === 'default' ? inner : { ...inner, presence: 'optional' };
		}
		case 'default':
		case 'prefault':
			return { inner: unwrap(def.innerType).inner, presence: 'default', defaultValue: def.defaultValue };
		case 'nullable':
		case 'readonly':
			return unwrap(def.innerType);
		case 'pipe':
			// The author writes the pipe's input; what it is transformed into is not theirs to document.
			return unwrap(def.in);
		default:
			return { inner: schema, presence: 'required' };
	}
}

function listAllowedValues(schema: Schema): string[] {
	const def = defOf(schema);
	switch (def.type) {
		case 'enum':
			return Object.values(def.entries).map(String);
		case 'literal':
			return def.values.map(String);
		case 'array':
			return listAllowedValues(unwrap(def.element).inner);
		case 'union':
			return def.options.flatMap((option) => listAllowedValues(unwrap(option).inner));
		default:
			return [];
	}
}

function addField(fields: Map<string, SchemaField>, field: SchemaField): void {
	const known = fields.get(field.path);
	// Union options (e.g. the two forms of a stack's `completion`) may share a field; document it once with every value.
	if (known) known.allowedValues = [...new Set([...known.allowedValues, ...field.allowedValues])];
	else fields.set(field.path, field);
}

function walkChildren(schema: Schema, prefix: string, fields: Map<string, SchemaField>): void {
	const def = defOf(schema);
	switch (def.type) {
		case 'object':
			for (const [key, child] of Object.entries(def.shape)) {
				const path = prefix ? `${prefix}.${key}` : key;
				const { inner, presence, defaultValue } = unwrap(child);
				addField(fields, { path, presence, ...(presence === 'default' ? { defaultValue } : {}), allowedValues: listAllowedValues(inner) });
				walkChildren(inner, path, fields);
			}
			return;
		case 'array':
			walkChildren(unwrap(def.element).inner, `${prefix}[]`, fields);
			return;
		case 'union':
			for (const option of def.options) walkChildren(unwrap(option).inner, prefix, fields);
			return;
		default:
			if (leafTypes.has(def.type)) return;
			throw new Error(
				`${prefix || 'the schema'} is a zod "${def.type}", which listSchemaFields cannot look inside; teach it that type in tests/unit/docs/list-schema-fields.ts so its fields are checked against docs/authoring.md`,
			);
	}
}

/** Every field of a catalog schema, nested ones included, in the order the schema declares them. */
export function listSchemaFields(schema: Schema): SchemaField[] {
	const fields = new Map<string, SchemaField>();
	walkChildren(unwrap(schema).inner, '', fields);
	return [...fields.values()];
}
