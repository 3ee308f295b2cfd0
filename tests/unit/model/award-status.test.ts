import { describe, expect, it } from 'vitest';
import { toAwardStatus } from '../../../src/model/award-status.ts';
import { findCurrentCycle } from '../../../src/model/license-cycle.ts';

const now = new Date('2025-01-15T12:00:00Z');

describe('toAwardStatus', () => {
	it('is valid without expiry, and until the day before expires_on', () => {
		expect(toAwardStatus({ revoked: false }, now)).toBe('valid');
		expect(toAwardStatus({ revoked: false, expires_on: '2025-01-16' }, now)).toBe('valid');
	});

	it('is expired from expires_on on', () => {
		expect(toAwardStatus({ revoked: false, expires_on: '2025-01-15' }, now)).toBe('expired');
	});

	it('is revoked even when it has also expired', () => {
		expect(toAwardStatus({ revoked: true, expires_on: '2020-01-01' }, now)).toBe('revoked');
	});
});

describe('findCurrentCycle', () => {
	it('counts whole cycles from the first start', () => {
		expect(findCurrentCycle('2016-09-01', 4, now)).toEqual({ start: '2024-09-01', end: '2028-09-01', label: '2024-2028' });
	});

	it('is the first cycle while it lasts, and the next one from its end day', () => {
		expect(findCurrentCycle('2020-01-15', 5, now)).toEqual({ start: '2025-01-15', end: '2030-01-15', label: '2025-2030' });
		expect(findCurrentCycle('2020-01-16', 5, now)).toEqual({ start: '2020-01-16', end: '2025-01-16', label: '2020-2025' });
	});
});
