import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, CatalogEntry } from '../../../src/catalog/catalog.ts';
import { toStackProgress } from '../../../src/model/stack-progress.ts';
import type { Stack } from '../../../src/schemas/stack.ts';
import { loadFixtureCatalog } from '../export/support/export-fixture.ts';

let catalog: Catalog;
const stack = (id: string): CatalogEntry<Stack> => catalog.stacks.find((entry) => entry.id === id)!;

beforeAll(async () => {
	catalog = await loadFixtureCatalog();
});

describe('toStackProgress', () => {
	it('leaves out stacks the educator has not started', () => {
		expect(toStackProgress(stack('formative-assessment'), new Map([['seating-routines', '2024-01-01']]))).toBeUndefined();
	});

	it('counts an all-of stack in progress and lists what is left in the suggested order', () => {
		const earned = new Map([
			['exit-tickets', '2024-03-01'],
			['wait-time', '2024-01-01'],
		]);
		expect(toStackProgress(stack('formative-assessment'), earned)).toEqual({
			stackId: 'formative-assessment',
			title: 'Formative Assessment',
			required: 3,
			total: 3,
			earned: ['wait-time', 'exit-tickets'],
			remaining: ['hinge-questions'],
			complete: false,
			label: '2 of 3',
		});
	});

	it('completes an all-of stack on the day its last credential was earned', () => {
		const earned = new Map([
			['wait-time', '2024-01-01'],
			['exit-tickets', '2024-06-01'],
			['hinge-questions', '2024-03-01'],
		]);
		expect(toStackProgress(stack('formative-assessment'), earned)).toMatchObject({ complete: true, completedOn: '2024-06-01', remaining: [], label: '3 of 3' });
	});

	it('completes an n-of-m stack with the n-th credential, and stops counting there', () => {
		const earned = new Map([
			['project-work', '2024-09-01'],
			['wait-time', '2024-05-01'],
			['seating-routines', '2023-01-01'],
		]);
		expect(toStackProgress(stack('classroom-craft'), earned)).toMatchObject({ required: 2, total: 3, complete: true, completedOn: '2024-05-01', label: '2 of 2' });
	});

	it('never suggests a retired credential as a next step', () => {
		const progress = toStackProgress(stack('classroom-craft'), new Map([['wait-time', '2024-05-01']]), new Set(['project-work']));
		expect(progress).toMatchObject({ complete: false, label: '1 of 2', remaining: ['seating-routines'] });
	});
});
