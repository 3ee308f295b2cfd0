import { z } from 'astro/zod';
import { exportFileSchema } from '../schemas/export-file.ts';

/** Where the JSON Schema is committed, relative to the project root. */
export const exportJsonSchemaPath = 'docs/export.schema.json';

/**
 * The JSON Schema of the JSON export, generated from the zod schemas that validate it so the two
 * cannot drift. It describes the input, before defaults apply; cross-record rules (unique ids,
 * known credentials, dates in order) are only in the validator.
 */
export function renderExportJsonSchema(): string {
	return `${JSON.stringify(z.toJSONSchema(exportFileSchema, { io: 'input', target: 'draft-2020-12' }), null, '\t')}\n`;
}
