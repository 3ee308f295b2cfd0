import { describe, expect, it } from 'vitest';
import { formatCsvRecord } from '../../../src/export/csv/format-csv.ts';
import { parseCsv, type CsvRecord } from '../../../src/export/csv/parse-csv.ts';

async function parse(chunks: string[]): Promise<CsvRecord[]> {
	const records: CsvRecord[] = [];
	for await (const record of parseCsv(chunks)) records.push(record);
	return records;
}

/** Every way of cutting `text` into two chunks, so no state is lost at a chunk boundary. */
function splits(text: string): string[][] {
	return Array.from({ length: text.length + 1 }, (_, index) => [text.slice(0, index), text.slice(index)]);
}

const tricky = '\uFEFFid,text,n\r\n1,"a, ""quoted"" word",2\r\n2,"two\r\nlines\nand LF",3\r\n\r\n3,,\r\n4,plain,"5"';

describe('parseCsv', () => {
	it('reads quoted commas, doubled quotes, line breaks, empty fields and a final record without a line end', async () => {
		expect((await parse([tricky])).map(({ row, fields }) => ({ row, fields }))).toEqual([
			{ row: 1, fields: ['id', 'text', 'n'] },
			{ row: 2, fields: ['1', 'a, "quoted" word', '2'] },
			{ row: 3, fields: ['2', 'two\r\nlines\nand LF', '3'] },
			{ row: 7, fields: ['3', '', ''] },
			{ row: 8, fields: ['4', 'plain', '5'] },
		]);
	});

	it('gives the same records however the text is cut into chunks', async () => {
		const whole = await parse([tricky]);
		for (const chunks of splits(tricky)) expect(await parse(chunks)).toEqual(whole);
		expect(await parse([...tricky])).toEqual(whole);
	});

	it('treats a CR at the end of one chunk and LF at the start of the next as one line end', async () => {
		expect((await parse(['a,b\r', '\nc,d\r\n'])).map(({ row, fields }) => [row, fields])).toEqual([
			[1, ['a', 'b']],
			[2, ['c', 'd']],
		]);
	});

	it('accepts LF-only files and a trailing line end without adding an empty record', async () => {
		expect((await parse(['a,b\nc,d\n'])).map((record) => record.fields)).toEqual([
			['a', 'b'],
			['c', 'd'],
		]);
	});

	it('strips a byte order mark only at the very start', async () => {
		expect((await parse(['', '\uFEFFa,\uFEFFb'])).map((record) => record.fields)).toEqual([['a', '\uFEFFb']]);
	});

	it('keeps spaces, which RFC 4180 says are part of a field', async () => {
		expect((await parse([' a , b '])).map((record) => record.fields)).toEqual([[' a ', ' b ']]);
	});

	it('reports a quote inside an unquoted field once, and keeps reading', async () => {
		const [record] = await parse(['x,say "hi" now,y']);
		expect(record).toEqual({
			row: 1,
			fields: ['x', 'say "hi" now', 'y'],
			issues: [{ column: 2, message: 'has a double quote inside a field that does not start with one; put the whole field in double quotes and write the inner quote twice ("")' }],
		});
	});

	it('reports text after a closing quote', async () => {
		const [record] = await parse(['"ab"c,d']);
		expect(record).toEqual({
			row: 1,
			fields: ['abc', 'd'],
			issues: [{ column: 1, message: 'has text after the closing double quote of a field; put the whole field in double quotes and write each inner quote twice ("")' }],
		});
	});

	it('reports a quote that is never closed, at the row where it opened', async () => {
		const records = await parse(['a,b\r\nc,"d\r\ne,f\r\n']);
		expect(records.at(-1)).toEqual({
			row: 2,
			fields: ['c', 'd\r\ne,f\r\n'],
			issues: [{ column: 2, message: 'opens a double quote that is never closed; add the closing " at the end of the field' }],
		});
	});

	it('reads back what formatCsvRecord writes', async () => {
		const fields = ['plain', 'comma, inside', 'quote " inside', 'line\r\nbreak', ' edge space', '', 'Zoë 王芳'];
		expect((await parse([formatCsvRecord(fields)])).map((record) => record.fields)).toEqual([fields]);
	});
});
