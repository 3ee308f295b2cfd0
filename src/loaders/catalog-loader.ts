import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { InputError } from '../errors/format-issues.ts';
import { validateEntry } from '../catalog/read-catalog.ts';
import { catalogCollections, toEntryId, type CollectionName } from '../catalog/collections.ts';

/**
 * Astro's glob loader, with every entry checked by our schemas first so that authors see the
 * same friendly, complete error text in `astro build` as in `npm run validate` and the tests.
 */
export function catalogLoader(name: CollectionName, contentDir: string) {
	const { folder, pattern } = catalogCollections[name];
	const base = `${contentDir}/${folder}`;
	const inner = glob({ pattern, base, generateId: ({ entry, data }) => toEntryId(entry, data) });
	return {
		name: 'credfolio-catalog',
		load: (context) =>
			inner.load({
				...context,
				parseData: async (props) => {
					const root = fileURLToPath(context.config.root);
					const filePath = props.filePath ? path.relative(root, path.resolve(root, props.filePath)).split(path.sep).join('/') : `${base}/${props.id}`;
					const result = validateEntry(name, filePath, filePath, props.data);
					if ('problems' in result) throw new InputError(`The catalog in ${contentDir}/ has problems`, result.problems);
					return context.parseData(props);
				},
			}),
	} satisfies Loader;
}
