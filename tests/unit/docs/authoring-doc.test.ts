import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogCollections, type CollectionName } from '../../../src/catalog/collections.ts';
import { parseEntrySource } from '../../../src/catalog/parse-entry.ts';
import { validateEntry } from '../../../src/catalog/read-catalog.ts';
import { formatProblem } from '../../../src/errors/format-issues.ts';
import { listSchemaFields, type SchemaField } from './list-schema-fields.ts';
import { findSection, readFieldTable, readFirstCodeBlock, type FieldTable, type TableRow } from './read-doc-section.ts';

const docPath = 'docs/authoring.md';
const doc = readFileSync(new URL('../../../docs/authoring.md', import.meta.url), 'utf8');

/** How the guide writes a default value in its "Required?" column, e.g. `[]` or `rule: all`. */
function formatDefault(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(formatDefault).join(', ')}]`;
	if (value && typeof value === 'object') {
		return Object.entries(value)
			.map(([key, item]) => `${key}: ${formatDefault(item)}`)
			.join(', ');
	}
	return String(value);
}

/** The field path a table row documents: its first cell, which must be one path in backticks. */
function readRowPath(row: TableRow): string | undefined {
	return /^`([^`]+)`$/.exec(row.cells[0] ?? '')?.[1];
}

function presenceOf(field: SchemaField): string {
	return field.presence === 'default' ? `default \`${formatDefault(field.defaultValue)}\`` : field.presence;
}

describe.each(Object.keys(catalogCollections) as CollectionName[])('docs/authoring.md documents the %s collection', (name) => {
	const { folder, pattern, schema, label } = catalogCollections[name];
	const marker = `\`content/${folder}/\``;
	const section = findSection(doc, marker);
	const table = section && readFieldTable(section);
	const place = `the field table under "${section?.heading ?? `## ... (${marker})`}" in ${docPath}`;
	const fields = listSchemaFields(schema);

	/** The section's field table, or a failure that says how to add it. */
	function requireTable(): FieldTable {
		if (!section) throw new Error(`${docPath} has no "## " heading containing ${marker}; add a section for the ${label} collection with that folder in its heading`);
		if (!table) throw new Error(`The section "${section.heading}" in ${docPath} has no table whose first column is headed "Field"; add one with a row per ${label} field`);
		return table;
	}

	function findRow(path: string): TableRow | undefined {
		return requireTable().rows.find((row) => readRowPath(row) === path);
	}

	it('has a row for every field of the schema', () => {
		requireTable();
		const missing = fields
			.filter((field) => !findRow(field.path))
			.map((field) => `\`${field.path}\` is a ${label} field but is not documented: document it in ${place} (type, ${presenceOf(field)}, allowed values, meaning from the JSDoc in src/schemas)`);
		expect(missing).toEqual([]);
	});

	it('documents no field that the schema lacks', () => {
		const known = new Set(fields.map((field) => field.path));
		const stale = requireTable().rows.flatMap((row) => {
			const path = readRowPath(row);
			if (path === undefined) return [`${docPath}:${row.line} starts a row of ${place} with "${row.cells[0]}"; start it with one field path in backticks, such as \`rubric.criteria[].name\``];
			if (known.has(path)) return [];
			return [`${docPath}:${row.line} documents \`${path}\`, which the ${label} schema does not have: remove the row from ${place}, or correct the path (items of a list are written \`list[].field\`)`];
		});
		expect(stale).toEqual([]);
	});

	it('says whether each field is required, optional or has a default', () => {
		const column = requireTable().columns.findIndex((heading) => heading.startsWith('Required'));
		expect(column, `${place} needs a "Required?" column`).toBeGreaterThan(0);
		const wrong = fields.flatMap((field) => {
			const cell = findRow(field.path)?.cells[column];
			if (cell === undefined || cell.toLowerCase().startsWith(presenceOf(field))) return [];
			return [`\`${field.path}\` is ${presenceOf(field)} in the ${label} schema, but ${place} says "${cell}"; start its "Required?" cell with ${presenceOf(field)}`];
		});
		expect(wrong).toEqual([]);
	});

	it('lists every value a choice field accepts', () => {
		const missing = fields.flatMap((field) => {
			const row = findRow(field.path)?.cells.join(' | ');
			if (row === undefined) return [];
			return field.allowedValues
				.filter((value) => !row.includes(`\`${value}\``))
				.map((value) => `\`${field.path}\` accepts \`${value}\`, but its row in ${place} does not list it; add it to "Allowed values" in backticks`);
		});
		expect(missing).toEqual([]);
	});

	it('gives a complete example that the schema accepts', () => {
		if (!section) throw new Error(`${docPath} has no "## " heading containing ${marker}`);
		const example = readFirstCodeBlock(section);
		expect(example, `"${section.heading}" in ${docPath} needs a fenced code block with a complete example ${label}`).toBeDefined();
		const file = `${docPath} (example in "${section.heading}")`;
		const parsed = parseEntrySource(`example${pattern.slice(1)}`, example ?? '');
		const result = 'message' in parsed ? { problems: [{ ...parsed, file }] } : validateEntry(name, file, `example${pattern.slice(1)}`, parsed.data);
		const problems = 'problems' in result ? result.problems.map(formatProblem) : [];
		expect(problems, `fix the example so that it passes npm run validate`).toEqual([]);
	});
});
