import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCatalog } from '../src/catalog/read-catalog.ts';
import { formatProblem, InputError } from '../src/errors/format-issues.ts';
import { createProgressBar } from '../src/export/progress-bar.ts';
import { validateExport } from '../src/export/validate-export.ts';
import { readSettings } from '../src/settings/settings.ts';

// --stats: at state scale the validator is the first thing to outgrow a machine, so it can say what it cost.
const { values, positionals } = parseArgs({ allowPositionals: true, options: { stats: { type: 'boolean', default: false } } });

try {
	const settings = readSettings();
	const config = settings.export;
	const exportPath = positionals[0] ?? config.path;
	const catalog = await readCatalog(path.resolve(settings.contentPath));
	const bar = createProgressBar(process.stderr);
	const { exported, problems } = await validateExport(exportPath, {
		catalog,
		defaultVisibility: config.defaultVisibility,
		files: config.files,
		onProgress: bar.onProgress,
	});
	bar.finish();
	if (values.stats) {
		const usage = process.resourceUsage();
		console.error(`Checked in ${(performance.now() / 1000).toFixed(1)} s (${((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(1)} s CPU), peak memory ${(usage.maxRSS / 1024 ** 2).toFixed(2)} GB.`);
	}
	for (const problem of problems) console.error(formatProblem(problem));
	if (exported) {
		console.log(`Export ${exportPath} OK: ${exported.educators.length} educators, ${exported.awards.length} awards, ${exported.evidence.length} evidence items.`);
	} else {
		console.error(`Export ${exportPath} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; fix them and run npm run validate again (the format is in docs/export-format.md).`);
		process.exitCode = 1;
	}
} catch (error) {
	if (!(error instanceof InputError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
}
