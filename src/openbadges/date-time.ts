/** OB 2.0 DateTime without milliseconds: shorter, and what most backpacks display verbatim. */
export function formatDateTime(date: Date): string {
	if (Number.isNaN(date.getTime())) throw new Error('Cannot write an Open Badges date from an invalid Date. Award dates come from the earner export (awarded_on, expires_on in awards.csv or the JSON export): check it with `npm run validate:export`.');
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads an OB 2.0 DateTime (ISO 8601); undefined when the text is not one. */
export function parseDateTime(value: unknown): Date | undefined {
	if (typeof value !== 'string' || !DATE_TIME.test(value)) return undefined;
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The first moment of a calendar day (YYYY-MM-DD) in UTC: exports date awards by the day, OB 2.0 wants a DateTime. */
export function startOfUtcDay(day: string): Date {
	return new Date(`${day}T00:00:00Z`);
}
