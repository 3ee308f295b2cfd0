import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../../../../src/catalog/catalog.ts';
import { readCatalog } from '../../../../src/catalog/read-catalog.ts';
import { formatProblem } from '../../../../src/errors/format-issues.ts';
import { formatCsvRecord } from '../../../../src/export/csv/format-csv.ts';
import { parseCsv } from '../../../../src/export/csv/parse-csv.ts';
import { validateExport, type ValidateOptions } from '../../../../src/export/validate-export.ts';
import { makeTempDir } from '../../../support/temp-dir.ts';

export const fixturesDir = fileURLToPath(new URL('../../../fixtures/exports/', import.meta.url));
export const fixtureCatalogDir = path.join(fixturesDir, 'catalog');
export const validExportDir = path.join(fixturesDir, 'valid');

/** The day the tests run "on", so future-date rules are reproducible. */
export const now = new Date('2025-01-15T12:00:00Z');

let catalog: Catalog | undefined;
export async function loadFixtureCatalog(): Promise<Catalog> {
	catalog ??= await readCatalog(fixtureCatalogDir, fixturesDir);
	return catalog;
}

/** A private copy of the valid example export to break one rule in. */
export async function copyValidExport(): Promise<string> {
	const dir = await makeTempDir('credfolio-export-');
	await cp(validExportDir, dir, { recursive: true });
	return dir;
}

/** Changes fields of the record whose first column is `id` in a CSV file of the export. */
export async function editRecord(dir: string, file: string, id: string, changes: Record<string, string>): Promise<void> {
	const rows: string[][] = [];
	for await (const record of parseCsv([await readFile(path.join(dir, file), 'utf8')])) rows.push(record.fields);
	const [header, ...records] = rows as [string[], ...string[][]];
	const target = records.find((fields) => fields[0] === id);
	if (!target) throw new Error(`${file} has no record ${id}`);
	for (const [column, value] of Object.entries(changes)) target[header.indexOf(column)] = value;
	await writeFile(path.join(dir, file), rows.map(formatCsvRecord).join(''));
}

/** Appends a raw line to a CSV file of the export. */
export async function appendLine(dir: string, file: string, line: string): Promise<void> {
	await writeFile(path.join(dir, file), `${await readFile(path.join(dir, file), 'utf8')}${line}\r\n`);
}

/** The problems of an export as `validate` prints them, with files named relative to the export. */
export async function problemsOf(exportPath: string, options: Partial<ValidateOptions> = {}): Promise<string[]> {
	const root = exportPath.endsWith('.json') ? path.dirname(exportPath) : exportPath;
	const { problems } = await validateExport(exportPath, { catalog: await loadFixtureCatalog(), now, root, ...options });
	return problems.map(formatProblem);
}
