import type { Award } from '../schemas/export-award.ts';
import { toCalendarDay } from './calendar-day.ts';

/** Whether an award still certifies the competency. */
export type AwardStatus = 'valid' | 'expired' | 'revoked';

/** Revocation outranks expiry: a revoked award must never read as merely out of date. `expires_on` is the first day it is no longer valid. */
export function toAwardStatus(award: Pick<Award, 'revoked' | 'expires_on'>, now: Date): AwardStatus {
	if (award.revoked) return 'revoked';
	if (award.expires_on && award.expires_on <= toCalendarDay(now)) return 'expired';
	return 'valid';
}
