import { getCollection, getEntry, render } from 'astro:content';
import type { Catalog, CatalogEntry } from '../catalog/catalog.ts';
import { checkReferences } from '../catalog/check-references.ts';
import { InputError } from '../errors/format-issues.ts';
import { buildCatalogIndex } from '../model/catalog-index.ts';

async function loadCatalog(): Promise<Catalog> {
	const toEntry = <T>(entry: { id: string; filePath?: string | undefined; data: T }): CatalogEntry<T> => ({
		id: entry.id,
		filePath: entry.filePath ?? entry.id,
		data: entry.data,
	});
	const catalog: Catalog = {
		issuers: (await getCollection('issuers')).map(toEntry),
		focusAreas: (await getCollection('focusAreas')).map(toEntry),
		credentials: (await getCollection('credentials')).map(toEntry),
		stacks: (await getCollection('stacks')).map(toEntry),
		authorities: (await getCollection('authorities')).map(toEntry),
	};
	const problems = checkReferences(catalog);
	if (problems.length > 0) throw new InputError('The catalog in content/ has problems', problems);
	return catalog;
}

/** The validated catalog and its joins; the one place pages get catalog data from. */
export const catalogIndex = buildCatalogIndex(await loadCatalog());

/** The rendered MDX overview of a credential. */
export async function renderCredentialOverview(id: string) {
	const entry = await getEntry('credentials', id);
	if (!entry) throw new Error(`No credential "${id}" to render.`);
	return (await render(entry)).Content;
}
