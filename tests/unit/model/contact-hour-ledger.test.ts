import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/catalog.ts';
import { buildLedger } from '../../../src/model/contact-hour-ledger.ts';
import type { PortfolioAward } from '../../../src/model/portfolio.ts';
import type { StackProgress } from '../../../src/model/stack-progress.ts';
import { loadFixtureCatalog, now } from '../export/support/export-fixture.ts';

let catalog: Catalog;
beforeAll(async () => {
	catalog = await loadFixtureCatalog();
});

function award(awardId: string, credentialId: string, awardedOn: string, hours: number, status: PortfolioAward['status'] = 'valid'): PortfolioAward {
	return { awardId, credentialId, credentialTitle: credentialId, focusAreaId: '', awardedOn, rubricLevel: 'Proficient', hours, status, evidence: [] };
}

const awards = [
	award('a1', 'wait-time', '2024-10-01', 15),
	award('a2', 'project-work', '2024-11-01', 20),
	award('a3', 'exit-tickets', '2023-01-01', 10),
	award('a4', 'hinge-questions', '2024-12-01', 12, 'revoked'),
	award('a5', 'seating-routines', '2024-09-01', 8, 'expired'),
];

const craftCompleted: StackProgress = {
	stackId: 'classroom-craft',
	title: 'Classroom Craft',
	required: 2,
	total: 3,
	earned: ['wait-time', 'project-work'],
	remaining: [],
	complete: true,
	completedOn: '2024-11-01',
	label: '2 of 2',
};

describe('buildLedger', () => {
	it('totals every award not revoked, expired ones included, plus stack bonuses', () => {
		const ledger = buildLedger({}, awards, [craftCompleted], catalog, now);
		expect(ledger.totalHours).toBe(15 + 20 + 10 + 8 + 5);
		expect(ledger.lines.map((line) => line.id)).toEqual(['a2', 'classroom-craft', 'a1', 'a5', 'a3']);
		expect(ledger.progress).toBeUndefined();
	});

	it('credits only this cycle, with the authority overrides, for an authority that accepts everything', () => {
		const ledger = buildLedger({ licensing_authority: 'river-district', license_cycle_start: '2016-09-01' }, awards, [craftCompleted], catalog, now);
		expect(Object.fromEntries(ledger.lines.map((line) => [line.id, line.credit]))).toEqual({ a1: 15, a2: 5, a3: 0, a5: 8, 'classroom-craft': 5 });
		expect(ledger.progress).toEqual({
			authorityId: 'river-district',
			authorityName: 'River District',
			unit: 'contact-hours',
			cycle: { start: '2024-09-01', end: '2028-09-01', label: '2024-2028' },
			required: 90,
			earned: 33,
			remaining: 57,
		});
	});

	it('counts only the focus areas a state board accepts, and no bonus for a stack it does not fully accept', () => {
		const ledger = buildLedger({ licensing_authority: 'state-board', license_cycle_start: '2020-03-01' }, awards, [craftCompleted], catalog, now);
		expect(ledger.progress).toMatchObject({ cycle: { label: '2020-2025' }, required: 60, earned: 25, remaining: 35 });
	});

	it('converts hours to the authority unit without floating-point noise', () => {
		const ledger = buildLedger({ licensing_authority: 'lake-region', license_cycle_start: '2023-09-01' }, awards, [craftCompleted], catalog, now);
		expect(ledger.progress).toMatchObject({ unit: 'ceus', cycle: { label: '2023-2026' }, required: 9, earned: 0.8, remaining: 8.2 });
	});

	it('never reports a negative remainder once the requirement is met', () => {
		const many = Array.from({ length: 8 }, (_, index) => award(`w${index}`, 'wait-time', '2024-10-01', 15));
		const ledger = buildLedger({ licensing_authority: 'river-district', license_cycle_start: '2016-09-01' }, many, [], catalog, now);
		expect(ledger.progress).toMatchObject({ earned: 120, remaining: 0 });
	});
});
