import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatCsvRecord } from '../../src/export/csv/format-csv.ts';
import { parseCsv } from '../../src/export/csv/parse-csv.ts';

async function readRecords(file: string): Promise<string[][]> {
	const records: string[][] = [];
	for await (const record of parseCsv([await readFile(file, 'utf8')])) records.push(record.fields);
	return records;
}

/**
 * Edits the reflection of every award of the first public educator in a CSV export, as a day's
 * correction from the platform would, and returns that educator's id and how many awards changed.
 */
export async function changeOneEducator(exportDir: string): Promise<{ educatorId: string; awards: number }> {
	const [educatorHeader, ...educators] = await readRecords(path.join(exportDir, 'educators.csv'));
	const visibility = educatorHeader!.indexOf('visibility');
	const educatorId = educators.find((fields) => fields[visibility] === 'public')?.[0];
	if (!educatorId) throw new Error(`No public educator in ${exportDir}/educators.csv to change.`);
	const awardsFile = path.join(exportDir, 'awards.csv');
	const [header, ...awards] = await readRecords(awardsFile);
	const owner = header!.indexOf('educator_id');
	const reflection = header!.indexOf('reflection');
	let changed = 0;
	const lines = [header!, ...awards].map((fields, index) => {
		if (index > 0 && fields[owner] === educatorId) {
			fields[reflection] = `${fields[reflection] ?? ''} Revised after my reviewer's second round of feedback.`.trim();
			changed += 1;
		}
		return formatCsvRecord(fields);
	});
	await writeFile(awardsFile, lines.join(''));
	return { educatorId, awards: changed };
}
