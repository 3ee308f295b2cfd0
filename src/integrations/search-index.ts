import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchablePagesGlob } from '../site/urls.ts';
import { measurePhase } from './build-metrics.ts';

/**
 * Indexes the built pages with Pagefind's Node API; any Pagefind error fails the build. Pagefind
 * reads only the pages that can be searchable (`searchablePagesGlob`), not every page of the site.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'credfolio:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await measurePhase('search', async () => {
					const site = fileURLToPath(dir);
					const failIf = (step: string, errors: string[]) => {
						if (errors.length > 0) throw new Error(`Pagefind failed while ${step}:\n${errors.join('\n')}\nThe site was not published; fix the cause above and build again.`);
					};
					try {
						const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
						failIf('starting', errors);
						if (!index) throw new Error('Pagefind returned no index and no error.');
						const added = await index.addDirectory({ path: site, glob: searchablePagesGlob });
						failIf('indexing pages', added.errors);
						if (added.page_count === 0) failIf('indexing pages', ['no page has data-pagefind-body; the search would be empty']);
						failIf('writing the index', (await index.writeFiles({ outputPath: `${site}/pagefind` })).errors);
						logger.info(`search: index written from ${added.page_count} pages`);
					} finally {
						await pagefind.close();
					}
				});
			},
		},
	};
}
