import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/catalog.ts';
import { readCatalog } from '../../../src/catalog/read-catalog.ts';
import { creditFor, formatCredit } from '../../../src/model/authority-credit.ts';
import { buildCatalogIndex, findRelatedCredentials, listAuthorityCredits, listEvidenceTypes, summarizeStack } from '../../../src/model/catalog-index.ts';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/catalog/valid');
let catalog: Catalog;
beforeAll(async () => {
	catalog = await readCatalog(fixture);
});

describe('authority credit', () => {
	it('uses the override, converts hours by unitsPerHour, and refuses what the authority does not list', () => {
		const authority = catalog.authorities[0]!.data;
		const coldCalling = catalog.credentials.find((entry) => entry.id === 'cold-calling')!;
		const thinkPairShare = catalog.credentials.find((entry) => entry.id === 'think-pair-share')!;
		expect(creditFor(authority, coldCalling.id, coldCalling.data)).toEqual({ accepted: true, amount: 2, overridden: true });
		expect(creditFor(authority, thinkPairShare.id, thinkPairShare.data)).toEqual({ accepted: true, amount: 1, overridden: false });
		expect(creditFor(authority, thinkPairShare.id, thinkPairShare.data, 15)).toEqual({ accepted: true, amount: 1.5, overridden: false });
		expect(creditFor({ ...authority, credentials: [], overrides: [] }, thinkPairShare.id, thinkPairShare.data).accepted).toBe(false);
	});

	it('counts every credential when the authority lists no focus areas or credentials', () => {
		const authority = { ...catalog.authorities[0]!.data, focusAreas: [], credentials: [], overrides: [], unitsPerHour: 1, unit: 'contact-hours' as const };
		const credential = catalog.credentials[0]!;
		expect(creditFor(authority, credential.id, credential.data)).toEqual({ accepted: true, amount: 10, overridden: false });
	});

	it('formats amounts in the authority unit, singular and plural', () => {
		expect(formatCredit(1, 'ceus')).toBe('1 CEU');
		expect(formatCredit(1.5, 'ceus')).toBe('1.5 CEUs');
		expect(formatCredit(90, 'contact-hours')).toBe('90 contact hours');
		expect(formatCredit(1, 'pd-points')).toBe('1 PD point');
	});
});

describe('catalog index', () => {
	it('sorts focus areas by order then name and groups credentials', () => {
		const index = buildCatalogIndex(catalog);
		expect(index.focusAreas.map((entry) => entry.id)).toEqual(['questioning', 'routines']);
		expect(index.credentialsInFocusArea('questioning').map((entry) => entry.id)).toEqual(['cold-calling', 'think-pair-share']);
		expect(index.credentialsInFocusArea('routines')).toEqual([]);
		expect(index.stacksContaining('cold-calling').map((entry) => entry.id)).toEqual(['active-participation']);
		expect(() => index.credential('nope')).toThrow('No credential with id "nope"');
	});

	it('summarises an n-of-m stack from its cheapest credentials plus the bonus', () => {
		const index = buildCatalogIndex(catalog);
		expect(summarizeStack(index, index.stack('active-participation'))).toEqual({ required: 1, total: 2, minimumHours: 15, bonusHours: 5 });
	});

	it('relates credentials through shared stacks and skips retired ones', () => {
		const index = buildCatalogIndex(catalog);
		expect(findRelatedCredentials(index, 'cold-calling').map((entry) => entry.id)).toEqual(['think-pair-share']);
		const retired = structuredClone(catalog);
		retired.credentials[1]!.data.status = 'retired';
		expect(findRelatedCredentials(buildCatalogIndex(retired), 'cold-calling')).toEqual([]);
	});

	it('lists each authority credit and each evidence type once', () => {
		const index = buildCatalogIndex(catalog);
		const credential = index.credential('cold-calling');
		expect(listAuthorityCredits(index, credential).map(({ authority, credit }) => [authority.id, credit.amount])).toEqual([['fixture-district', 2]]);
		expect(listEvidenceTypes({ ...credential.data, evidence: [...credential.data.evidence, ...credential.data.evidence] })).toEqual(['lesson-plan', 'video']);
	});
});
