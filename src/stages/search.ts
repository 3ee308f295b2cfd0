import { searchablePagesGlob } from '../paths.ts';
import * as pagefind from 'pagefind';
import type { Stage } from './context.ts';

/**
 * Indexes the built pages with Pagefind's Node API; any Pagefind error fails the build. Pagefind
 * reads only the pages that can be searchable (`searchablePagesGlob`), not every page of the site.
 */
export const searchStage: Stage = {
	name: 'search',
	async run({ logger, outDir }) {
		const failIf = (step: string, errors: string[]) => {
			if (errors.length > 0) throw new Error(`Pagefind failed while ${step}:\n${errors.join('\n')}\nThe site was not published; fix the cause above and build again.`);
		};
		try {
			const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
			failIf('starting', errors);
			if (!index) throw new Error('Pagefind returned no index and no error.');
			const added = await index.addDirectory({ path: outDir, glob: searchablePagesGlob });
			failIf('indexing pages', added.errors);
			if (added.page_count === 0) failIf('indexing pages', ['no page has data-pagefind-body; the search would be empty']);
			failIf('writing the index', (await index.writeFiles({ outputPath: `${outDir}/pagefind` })).errors);
			logger.info(`search: index written from ${added.page_count} pages`);
		} finally {
			await pagefind.close();
		}
	},
};
