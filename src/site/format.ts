import type { Authority } from '../schemas/authority.ts';

const unitLabels: Record<Authority['unit'], [singular: string, plural: string]> = {
	'contact-hours': ['contact hour', 'contact hours'],
	'pd-points': ['PD point', 'PD points'],
	ceus: ['CEU', 'CEUs'],
};

/** "15 contact hours", "1 CEU", "1.5 CEUs". */
export function formatCredit(amount: number, unit: Authority['unit']): string {
	const [singular, plural] = unitLabels[unit];
	return `${amount} ${amount === 1 ? singular : plural}`;
}

/** "15 hours", "1 hour", "7.5 hours". */
export function formatHours(hours: number): string {
	return `${hours} hour${hours === 1 ? '' : 's'}`;
}

/** Human labels for evidence types, e.g. `lesson-plan` -> "Lesson plan". */
export function formatEvidenceType(type: string): string {
	const label = type.replace(/-/g, ' ');
	return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Grade bands as educators write them: `k-2` -> "K–2", `pre-k` -> "Pre-K", `adult` -> "Adult". */
export function formatGradeBand(band: string): string {
	if (band === 'pre-k') return 'Pre-K';
	if (band === 'adult') return 'Adult learners';
	return `Grades ${band.toUpperCase().replace('-', '–')}`;
}

const dateFormat = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "15 January 2024", in UTC so builds do not depend on the machine's time zone. */
export function formatDate(date: Date): string {
	return dateFormat.format(date);
}
