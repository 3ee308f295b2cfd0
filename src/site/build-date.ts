/**
 * The moment the build treats as "now" (award expiry, licence cycles, dates in the future).
 * `BUILD_DATE` pins it so a rebuild of the same inputs is byte-identical and tests are repeatable.
 */
export function readBuildDate(env: Record<string, string | undefined> = process.env): Date {
	const pinned = env['BUILD_DATE'];
	if (!pinned) return new Date();
	const date = new Date(pinned);
	if (Number.isNaN(date.getTime())) throw new Error(`BUILD_DATE is "${pinned}", which is not a date; use an ISO date such as 2026-06-01.`);
	return date;
}
