import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { LocatedExport, ReadResult } from './earner-export.ts';
import { tableNames, type ExportTables } from './export-tables.ts';
import type { ProgressListener } from './progress.ts';
import { readCsvTable } from './read-csv-table.ts';

async function sizeOf(file: string): Promise<number> {
	return stat(file).then(
		(info) => info.size,
		() => 0,
	);
}

/** Reads an export folder of `educators.csv`, `awards.csv` and `evidence.csv`. */
export async function readCsvExport(folder: string, tables: ExportTables, displayFolder: string, onProgress?: ProgressListener): Promise<ReadResult> {
	const paths = tableNames.map((name) => path.join(folder, tables[name].file));
	const total = (await Promise.all(paths.map(sizeOf))).reduce((sum, size) => sum + size, 0);
	let done = 0;
	const onBytes = (bytes: number) => {
		done += bytes;
		onProgress?.({ stage: 'reading records', done, total });
	};
	const display = (name: string) => path.posix.join(displayFolder, name);
	const educators = await readCsvTable(paths[0]!, display(tables.educators.file), tables.educators, onBytes);
	const awards = await readCsvTable(paths[1]!, display(tables.awards.file), tables.awards, onBytes);
	const evidence = await readCsvTable(paths[2]!, display(tables.evidence.file), tables.evidence, onBytes);
	const exported: LocatedExport = {
		folder,
		educators: educators.records,
		awards: awards.records,
		evidence: evidence.records,
		rows: { educators: educators.rows, awards: awards.rows, evidence: evidence.rows },
		seenIds: { educators: educators.seenIds, awards: awards.seenIds, evidence: evidence.seenIds },
	};
	return { exported, problems: [...educators.problems, ...awards.problems, ...evidence.problems] };
}
