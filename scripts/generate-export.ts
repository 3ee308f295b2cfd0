import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCatalog } from '../src/catalog/read-catalog.ts';
import { InputError } from '../src/errors/format-issues.ts';
import { writeDemoExport } from '../src/export/demo/write-demo-export.ts';
import { readSettings } from '../src/settings/settings.ts';

const usage = 'Usage: node scripts/generate-export.ts [--count 300] [--seed credfolio] [--out data/demo-export] [--format csv|json] [--as-of 2026-06-01]';

const { values } = parseArgs({
	options: {
		count: { type: 'string', default: '300' },
		seed: { type: 'string', default: 'credfolio' },
		out: { type: 'string', default: 'data/demo-export' },
		format: { type: 'string', default: 'csv' },
		'as-of': { type: 'string', default: '2026-06-01' },
	},
});

const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) throw new Error(`--count is "${values.count}"; give a whole number of educators, e.g. --count 300. ${usage}`);
if (values.format !== 'csv' && values.format !== 'json') throw new Error(`--format is "${values.format}"; use csv or json. ${usage}`);
if (!/^\d{4}-\d{2}-\d{2}$/.test(values['as-of'])) throw new Error(`--as-of is "${values['as-of']}"; give a date as YYYY-MM-DD. ${usage}`);

try {
	const catalog = await readCatalog(path.resolve(readSettings().contentPath));
	const out = path.resolve(values.out);
	const summary = await writeDemoExport(catalog, { count, seed: values.seed, out, format: values.format, asOf: values['as-of'] });
	console.log(`Wrote ${summary.educators} educators, ${summary.awards} awards and ${summary.evidence} evidence items to ${path.relative(process.cwd(), out) || '.'} (${values.format}, seed "${values.seed}").`);
} catch (error) {
	if (!(error instanceof InputError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
}
