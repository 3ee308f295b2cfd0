import { getCollection, render } from 'astro:content';
import type { Catalog } from '../catalog/catalog.ts';
import { checkReferences } from '../catalog/check-references.ts';
import { InputError } from '../errors/format-issues.ts';
import { buildCatalogIndex } from '../model/catalog-index.ts';

async function loadCatalog(): Promise<Catalog> {
	const toEntries = async <C extends 'issuers' | 'focusAreas' | 'credentials' | 'stacks' | 'authorities'>(name: C) =>
		(await getCollection(name)).map((entry) => ({ id: entry.id, filePath: entry.filePath ?? `content/${entry.id}`, data: entry.data }));
	const catalog: Catalog = {
		issuers: await toEntries('issuers'),
		focusAreas: await toEntries('focusAreas'),
		credentials: await toEntries('credentials'),
		stacks: await toEntries('stacks'),
		authorities: await toEntries('authorities'),
	};
	const problems = checkReferences(catalog);
	if (problems.length > 0) throw new InputError('The catalog in content/ has problems', problems);
	return catalog;
}

/** The validated catalog and its joins; the one place pages get catalog data from. */
export const catalogIndex = buildCatalogIndex(await loadCatalog());

/** The rendered MDX overview of a credential. */
export async function renderCredentialOverview(id: string) {
	const [entry] = (await getCollection('credentials', (candidate) => candidate.id === id));
	if (!entry) throw new Error(`No credential "${id}" to render.`);
	return (await render(entry)).Content;
}
