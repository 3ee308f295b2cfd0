import path from 'node:path';
import { InputError } from '../src/errors/format-issues.ts';
import { readCatalog } from '../src/catalog/read-catalog.ts';
import { readSettings } from '../src/settings/settings.ts';

try {
	const contentDir = path.resolve(readSettings().contentPath);
	const catalog = await readCatalog(contentDir);
	const counts = Object.entries(catalog).map(([name, entries]) => `${entries.length} ${name}`);
	console.log(`Catalog OK: ${counts.join(', ')}.`);
} catch (error) {
	if (!(error instanceof InputError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
}
