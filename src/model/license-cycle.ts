import { addYears, toCalendarDay } from './calendar-day.ts';

/** One renewal cycle of a licence. */
export interface LicenseCycle {
	/** First day, YYYY-MM-DD. */
	start: string;
	/** First day of the next cycle, YYYY-MM-DD; the cycle ends the day before. */
	end: string;
	/** How licensing offices name it, e.g. "2024-2028". */
	label: string;
}

/** The cycle containing `now`, counting whole cycles of `cycleYears` from the first cycle's start. */
export function findCurrentCycle(firstStart: string, cycleYears: number, now: Date): LicenseCycle {
	const today = toCalendarDay(now);
	let start = firstStart;
	let end = addYears(firstStart, cycleYears);
	for (let cycle = 1; end <= today; cycle++) {
		start = end;
		end = addYears(firstStart, cycleYears * (cycle + 1));
	}
	return { start, end, label: `${start.slice(0, 4)}-${end.slice(0, 4)}` };
}
