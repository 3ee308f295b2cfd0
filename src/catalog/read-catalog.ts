import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, toProblems, type Problem } from '../errors/format-issues.ts';
import { slugSchema } from '../schemas/shared.ts';
import type { Catalog, CatalogEntry } from './catalog.ts';
import { checkReferences } from './check-references.ts';
import { catalogCollections, toEntryId, type CollectionName } from './collections.ts';
import { parseEntrySource } from './parse-entry.ts';

async function listFiles(folder: string, extension: string): Promise<string[]> {
	try {
		return (await readdir(folder)).filter((name) => name.endsWith(extension)).sort();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
}

/**
 * Reads and validates the whole catalog outside Astro (scripts, tests, build integrations).
 * Throws one InputError listing every problem in every file.
 */
export async function readCatalog(contentDir: string, root = process.cwd()): Promise<Catalog> {
	const problems: Problem[] = [];
	const catalog = {} as Record<CollectionName, CatalogEntry<unknown>[]>;
	for (const name of Object.keys(catalogCollections) as CollectionName[]) {
		const { folder, pattern } = catalogCollections[name];
		const dir = path.join(contentDir, folder);
		const entries: CatalogEntry<unknown>[] = [];
		for (const fileName of await listFiles(dir, pattern.slice(1))) {
			const filePath = path.relative(root, path.join(dir, fileName)).split(path.sep).join('/');
			const parsed = parseEntrySource(filePath, await readFile(path.join(dir, fileName), 'utf8'));
			if ('message' in parsed) {
				problems.push(parsed);
				continue;
			}
			const result = validateEntry(name, filePath, fileName, parsed.data);
			if ('problems' in result) problems.push(...result.problems);
			else entries.push(result.entry);
		}
		catalog[name] = entries;
	}
	if (problems.length === 0) problems.push(...checkReferences(catalog as unknown as Catalog));
	if (problems.length > 0) throw new InputError('The catalog in content/ has problems', problems);
	return catalog as unknown as Catalog;
}

/** Validates one entry's data against its collection schema and the id rules. */
export function validateEntry(
	name: CollectionName,
	filePath: string,
	fileName: string,
	data: unknown,
): { entry: CatalogEntry<unknown> } | { problems: Problem[] } {
	const result = catalogCollections[name].schema.safeParse(data, { reportInput: true });
	const id = toEntryId(fileName, data);
	const idCheck = slugSchema.safeParse(id);
	const problems = [
		...(idCheck.success ? [] : [{ file: filePath, field: '', message: `has the id "${id}", which ${idCheck.error.issues[0]?.message}; rename the file` }]),
		...(result.success ? [] : toProblems(filePath, result.error.issues)),
	];
	if (problems.length > 0 || !result.success) return { problems };
	return { entry: { id, filePath, data: result.data } };
}
