/** A `## ` section of a Markdown document, up to the next `## ` heading. */
export interface DocSection {
	/** The heading line, e.g. "## Credentials (`content/credentials/`)". */
	heading: string;
	/** The section's lines, heading excluded. */
	lines: DocLine[];
}

/** One line of the document with its 1-based line number, so failures can point at it. */
export interface DocLine {
	text: string;
	number: number;
	/** Whether the line is inside (or is a fence of) a fenced code block. */
	inCode: boolean;
}

/** A table row split into trimmed cells. */
export interface TableRow {
	cells: string[];
	line: number;
}

/** The field table of a section: its column headings and its body rows. */
export interface FieldTable {
	columns: string[];
	rows: TableRow[];
}

const fencePattern = /^\s*(```|~~~)/;

function toDocLines(markdown: string): DocLine[] {
	let inCode = false;
	return markdown.split(/\r?\n/).map((text, index) => {
		const isFence = fencePattern.test(text);
		if (isFence) inCode = !inCode;
		return { text, number: index + 1, inCode: inCode || isFence };
	});
}

/** The section whose `## ` heading contains `marker`; headings inside code examples are not headings. */
export function findSection(markdown: string, marker: string): DocSection | undefined {
	const lines = toDocLines(markdown);
	const isHeading = (line: DocLine) => !line.inCode && line.text.startsWith('## ');
	const start = lines.findIndex((line) => isHeading(line) && line.text.includes(marker));
	if (start === -1) return undefined;
	const next = lines.findIndex((line, index) => index > start && isHeading(line));
	return { heading: lines[start]!.text, lines: lines.slice(start + 1, next === -1 ? undefined : next) };
}

function splitCells(row: string): string[] {
	return row
		.trim()
		.replace(/^\||\|$/g, '')
		.split(/(?<!\\)\|/)
		.map((cell) => cell.trim());
}

/** The first table in the section whose first column is headed "Field". */
export function readFieldTable(section: DocSection): FieldTable | undefined {
	const tableLines = (from: number) => {
		const rows: DocLine[] = [];
		for (const line of section.lines.slice(from)) {
			if (line.inCode || !line.text.trim().startsWith('|')) break;
			rows.push(line);
		}
		return rows;
	};
	const start = section.lines.findIndex((line) => !line.inCode && splitCells(line.text)[0] === 'Field' && line.text.trim().startsWith('|'));
	if (start === -1) return undefined;
	const [header, , ...body] = tableLines(start);
	return {
		columns: header ? splitCells(header.text) : [],
		rows: body.map((line) => ({ cells: splitCells(line.text), line: line.number })),
	};
}

/** The text of the section's first fenced code block, which the guide uses for the complete example. */
export function readFirstCodeBlock(section: DocSection): string | undefined {
	const open = section.lines.findIndex((line) => fencePattern.test(line.text));
	if (open === -1) return undefined;
	const close = section.lines.findIndex((line, index) => index > open && fencePattern.test(line.text));
	if (close === -1) return undefined;
	return section.lines
		.slice(open + 1, close)
		.map((line) => line.text)
		.join('\n');
}
