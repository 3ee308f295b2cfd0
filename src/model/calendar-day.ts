/** Export dates are calendar days (YYYY-MM-DD), compared as text; "today" is the UTC day of `now`. */
export function toCalendarDay(now: Date): string {
	return now.toISOString().slice(0, 10);
}

/** The same day `years` later; 29 February becomes 1 March in years without one. */
export function addYears(day: string, years: number): string {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(year + years, month - 1, date)).toISOString().slice(0, 10);
}
