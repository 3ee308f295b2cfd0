import type { Problem } from '../../errors/format-issues.ts';
import { toCalendarDay } from '../../model/calendar-day.ts';
import { problemAt, type RecordOrigin } from '../record-origin.ts';
import type { RuleContext } from './rule-context.ts';

function notInFuture(origin: RecordOrigin, field: string, date: string | undefined, today: string): Problem[] {
	if (!date || date <= today) return [];
	return [problemAt(origin, field, `is ${date}, which is in the future (today is ${today}); correct the date`)];
}

/** Dates must have happened, and an award must expire after it was awarded. */
export function checkDates({ exported, now }: RuleContext): Problem[] {
	const today = toCalendarDay(now);
	const problems: Problem[] = [];
	for (const { data, origin } of exported.rows.educators) {
		problems.push(...notInFuture(origin, 'license_cycle_start', data.license_cycle_start, today));
	}
	for (const { data, origin } of exported.rows.awards) {
		problems.push(...notInFuture(origin, 'awarded_on', data.awarded_on, today));
		if (data.awarded_on && data.expires_on && data.expires_on <= data.awarded_on) {
			problems.push(
				problemAt(
					origin,
					'expires_on',
					`is ${data.expires_on}, not after awarded_on ${data.awarded_on}; correct one of the dates, or leave expires_on empty if the award does not expire`,
				),
			);
		}
	}
	return problems;
}
