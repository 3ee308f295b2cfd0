import type { Problem } from '../errors/format-issues.ts';
import type { Catalog, CatalogEntry } from './catalog.ts';
import { catalogCollections, type CollectionName } from './collections.ts';

const listLimit = 12;

function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length]!;
}

/** Says which ids are valid: all of them when few, else the closest one if it is close enough to be a typo. */
export function suggestIds(value: string, ids: readonly string[], folder: string): string {
	if (ids.length === 0) return `there are none yet in content/${folder}/`;
	if (ids.length <= listLimit) return `valid choices: ${[...ids].sort().join(', ')}`;
	const [closest] = [...ids].sort((a, b) => distance(value, a) - distance(value, b) || a.localeCompare(b));
	const typo = closest !== undefined && distance(value, closest) <= Math.max(2, Math.floor(value.length / 4));
	return typo ? `did you mean "${closest}"?` : `the ${ids.length} valid ids are the file names in content/${folder}/`;
}

/** Finds every reference to a missing entry and every id used twice in one collection. */
export function checkReferences(catalog: Catalog): Problem[] {
	const problems: Problem[] = [];
	const ids = Object.fromEntries(
		(Object.keys(catalogCollections) as CollectionName[]).map((name) => [name, [...new Set(catalog[name].map((entry) => entry.id))]]),
	) as Record<CollectionName, string[]>;

	for (const name of Object.keys(catalogCollections) as CollectionName[]) {
		const seen = new Map<string, string>();
		for (const entry of catalog[name] as CatalogEntry<unknown>[]) {
			const first = seen.get(entry.id);
			if (first) {
				problems.push({
					file: entry.filePath,
					field: '',
					message: `has the id "${entry.id}", already used by ${first}; rename the file or change its slug`,
				});
			}
			seen.set(entry.id, entry.filePath);
		}
	}

	const expect = (entry: CatalogEntry<unknown>, field: string, value: string, target: CollectionName) => {
		if (ids[target].includes(value)) return;
		const { label, folder, pattern } = catalogCollections[target];
		problems.push({
			file: entry.filePath,
			field,
			message: `is "${value}", but no ${label} has that id (${suggestIds(value, ids[target], folder)}); fix the id or add content/${folder}/${pattern.replace('*', value)}`,
		});
	};

	for (const entry of catalog.credentials) {
		expect(entry, 'issuer', entry.data.issuer, 'issuers');
		expect(entry, 'focusArea', entry.data.focusArea, 'focusAreas');
	}
	for (const entry of catalog.stacks) {
		entry.data.credentials.forEach((id, index) => expect(entry, `credentials[${index}]`, id, 'credentials'));
	}
	for (const entry of catalog.authorities) {
		entry.data.focusAreas.forEach((id, index) => expect(entry, `focusAreas[${index}]`, id, 'focusAreas'));
		entry.data.credentials.forEach((id, index) => expect(entry, `credentials[${index}]`, id, 'credentials'));
		entry.data.overrides.forEach((line, index) => expect(entry, `overrides[${index}].credential`, line.credential, 'credentials'));
	}
	return problems;
}
