import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Catalog } from '../../catalog/catalog.ts';
import { createExportTables, tableNames } from '../export-tables.ts';
import { demoFiles } from './demo-files.ts';
import { generateDemoRecords } from './generate-demo-records.ts';
import { createCsvSink, createJsonSinks, type RecordSink } from './record-sink.ts';
import { createSeededRandom } from './seeded-random.ts';

/** What to generate and where. */
export interface DemoExportOptions {
	count: number;
	seed: string;
	/** Folder to write; it holds the CSV files or `export.json`, and `files/`. */
	out: string;
	format: 'csv' | 'json';
	/** The demo's "today", YYYY-MM-DD; no generated date is later. */
	asOf: string;
}

/** Totals of what was written, for the script's summary. */
export interface DemoExportSummary {
	educators: number;
	awards: number;
	evidence: number;
}

function openSinks(options: DemoExportOptions): { sinks: RecordSink[]; close: () => Promise<void> } {
	const tables = createExportTables();
	if (options.format === 'json') return createJsonSinks(path.join(options.out, 'export.json'), tableNames);
	const sinks = tableNames.map((name) => createCsvSink(path.join(options.out, tables[name].file), Object.keys(tables[name].schema.shape)));
	return { sinks, close: async () => void (await Promise.all(sinks.map((sink) => sink.close()))) };
}

/** Writes a deterministic demo export: the same options always give the same bytes. */
export async function writeDemoExport(catalog: Catalog, options: DemoExportOptions): Promise<DemoExportSummary> {
	await mkdir(path.join(options.out, 'files'), { recursive: true });
	for (const { file, contents } of Object.values(demoFiles)) await writeFile(path.join(options.out, file), contents());
	const { sinks, close } = openSinks(options);
	const [educators, awards, evidence] = sinks as [RecordSink, RecordSink, RecordSink];
	const summary: DemoExportSummary = { educators: 0, awards: 0, evidence: 0 };
	const random = createSeededRandom(options.seed);
	for (const batch of generateDemoRecords(random, catalog, options.count, { asOf: options.asOf })) {
		await educators.write(batch.educator);
		for (const award of batch.awards) await awards.write(award);
		for (const item of batch.evidence) await evidence.write(item);
		summary.educators++;
		summary.awards += batch.awards.length;
		summary.evidence += batch.evidence.length;
	}
	await close();
	return summary;
}
