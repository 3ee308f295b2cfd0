import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { exportJsonSchemaPath, renderExportJsonSchema } from '../../../src/export/export-json-schema.ts';

const committedUrl = new URL(`../../../${exportJsonSchemaPath}`, import.meta.url);
const exampleUrl = new URL('../../fixtures/exports/valid/export.json', import.meta.url);

describe('docs/export.schema.json', () => {
	it('is what the zod schemas generate; run node scripts/generate-export-schema.ts after changing them', async () => {
		expect(await readFile(committedUrl, 'utf8')).toBe(renderExportJsonSchema());
	});

	it('accepts the example JSON export and refuses a javascript: evidence URL', async () => {
		const ajv = new Ajv2020({ allErrors: true });
		addFormats.default(ajv);
		const validate = ajv.compile(JSON.parse(renderExportJsonSchema()));
		const example = JSON.parse(await readFile(exampleUrl, 'utf8'));
		expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
		example.evidence[0].url = 'javascript:alert(1)';
		expect(validate(example)).toBe(false);
	});
});
