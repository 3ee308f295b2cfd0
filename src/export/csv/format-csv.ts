/** Quotes a field only when RFC 4180 requires it: commas, quotes, line breaks, or edge spaces that readers would trim. */
export function formatCsvField(value: string): string {
	return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV record with its CRLF terminator, as RFC 4180 writes it. */
export function formatCsvRecord(fields: readonly string[]): string {
	return `${fields.map(formatCsvField).join(',')}\r\n`;
}
