import { writeFile } from 'node:fs/promises';
import { exportJsonSchemaPath, renderExportJsonSchema } from '../src/export/export-json-schema.ts';

await writeFile(exportJsonSchemaPath, renderExportJsonSchema());
console.log(`Wrote ${exportJsonSchemaPath}.`);
