/** A problem with the quoting of one field. */
export interface CsvIssue {
	/** 1-based index of the field in its record. */
	column: number;
	message: string;
}

/** One record of a CSV file. */
export interface CsvRecord {
	/** 1-based line the record starts on, the header being row 1; a quoted line break makes a record span lines. */
	row: number;
	fields: string[];
	issues: CsvIssue[];
}

type State = 'field-start' | 'unquoted' | 'quoted' | 'quote-in-quoted';

const byteOrderMark = '\uFEFF';

const strayQuote =
	'has a double quote inside a field that does not start with one; put the whole field in double quotes and write the inner quote twice ("")';
const textAfterQuote =
	'has text after the closing double quote of a field; put the whole field in double quotes and write each inner quote twice ("")';
const unclosedQuote = 'opens a double quote that is never closed; add the closing " at the end of the field';

/**
 * Parses RFC 4180 CSV (quoted fields with commas, quotes and line breaks inside; CRLF or LF; a
 * leading byte order mark) from a stream of text chunks, yielding records as they complete, so a
 * file of any size is read in constant memory. Quoting mistakes are reported on the record
 * instead of stopping, so one run can list every problem in the file.
 */
export async function* parseCsv(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<CsvRecord> {
	let state: State = 'field-start';
	let field = '';
	let fields: string[] = [];
	let issues: CsvIssue[] = [];
	let row = 1;
	let recordRow = 1;
	let afterCarriageReturn = false;
	let previousChar = '';
	let firstChunk = true;
	const done: CsvRecord[] = [];

	const endField = () => {
		fields.push(field);
		field = '';
		state = 'field-start';
	};
	const endRecord = () => {
		endField();
		done.push({ row: recordRow, fields, issues });
		fields = [];
		issues = [];
	};
	const addIssue = (message: string) => issues.push({ column: fields.length + 1, message });
	const endInput = () => {
		if (state === 'quoted') addIssue(unclosedQuote);
		if (state !== 'field-start' || fields.length > 0) endRecord();
	};

	for await (let chunk of chunks) {
		if (firstChunk && chunk.length > 0) {
			firstChunk = false;
			if (chunk.startsWith(byteOrderMark)) chunk = chunk.slice(1);
		}
		let runStart = 0;
		for (let index = 0; index < chunk.length; index++) {
			const char = chunk[index];
			const previous = previousChar;
			previousChar = char ?? '';
			if (afterCarriageReturn) {
				afterCarriageReturn = false;
				if (char === '\n') {
					runStart = index + 1;
					continue;
				}
			}
			const lineBreak = char === '\n' || char === '\r';
			if (state === 'quoted') {
				if (char === '"') {
					field += chunk.slice(runStart, index);
					state = 'quote-in-quoted';
				} else if (lineBreak && !(char === '\n' && previous === '\r')) {
					row++;
				}
				continue;
			}
			if (state === 'unquoted' && char !== ',' && !lineBreak) {
				if (char === '"' && issues.at(-1)?.column !== fields.length + 1) addIssue(strayQuote);
				continue;
			}
			if (state === 'unquoted') field += chunk.slice(runStart, index);
			if (state === 'quote-in-quoted' && char === '"') {
				state = 'quoted';
				runStart = index;
				continue;
			}
			if (char === ',') {
				endField();
			} else if (lineBreak) {
				if (state !== 'field-start' || fields.length > 0) endRecord();
				row++;
				recordRow = row;
				afterCarriageReturn = char === '\r';
			} else if (state === 'quote-in-quoted') {
				addIssue(textAfterQuote);
				state = 'unquoted';
				runStart = index;
			} else if (char === '"') {
				state = 'quoted';
				runStart = index + 1;
			} else {
				state = 'unquoted';
				runStart = index;
			}
		}
		if (state === 'unquoted' || state === 'quoted') field += chunk.slice(runStart);
		yield* done.splice(0);
	}
	endInput();
	yield* done;
}
