import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/catalog.ts';
import { readCatalog } from '../../../src/catalog/read-catalog.ts';
import { formatCredit } from '../../../src/site/format.ts';
import { buildCatalogIndex, findRelatedCredentials, listAuthorityCredits, listEvidenceTypes, summarizeStack } from '../../../src/model/catalog-index.ts';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/catalog/valid');
let catalog: Catalog;
beforeAll(async () => {
	catalog = await readCatalog(fixture);
});

describe('authority credit', () => {
	it('formats amounts in the authority unit, singular and plural', () => {
		expect(formatCredit(1, 'ceus')).toBe('1 CEU');
		expect(formatCredit(1.5, 'ceus')).toBe('1.5 CEUs');
		expect(formatCredit(90, 'contact-hours')).toBe('90 contact hours');
		expect(formatCredit(1, 'pd-points')).toBe('1 PD point');
	});

	it('lists what each authority counts: overrides as set, other hours converted, unlisted as not counted', () => {
		const index = buildCatalogIndex(catalog);
		const credits = (id: string, authority = catalog.authorities[0]!) =>
			listAuthorityCredits({ ...index, authorities: [authority] }, index.credential(id)).map(({ amount, overridden }) => ({ amount, overridden }));
		expect(credits('cold-calling')).toEqual([{ amount: 2, overridden: true }]);
		expect(credits('think-pair-share')).toEqual([{ amount: 1, overridden: false }]);
		const narrow = structuredClone(catalog.authorities[0]!);
		narrow.data.credentials = [];
		expect(credits('think-pair-share', narrow)).toEqual([{ amount: undefined, overridden: false }]);
		const everything = structuredClone(catalog.authorities[0]!);
		Object.assign(everything.data, { focusAreas: [], credentials: [], overrides: [], unitsPerHour: 1 });
		expect(credits('think-pair-share', everything)).toEqual([{ amount: 10, overridden: false }]);
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

	it('lists each evidence type once', () => {
		const credential = buildCatalogIndex(catalog).credential('cold-calling');
		expect(listEvidenceTypes({ ...credential.data, evidence: [...credential.data.evidence, ...credential.data.evidence] })).toEqual(['lesson-plan', 'video']);
	});
});
