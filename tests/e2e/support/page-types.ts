import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** One page standing in for every page built from the same template. */
export interface PageType {
	/** `home`, `404`, a section such as `credentials`, or a page under it such as `credentials/*`. */
	type: string;
	/** Absolute path of the representative page in the built site. */
	file: string;
	/** URL path of that page relative to the site's base, e.g. `credentials/wait-time/`. */
	urlPath: string;
}

/**
 * Picks one page per page type by walking the built site, so a section added later
 * (educators, districts, ...) is audited without anyone editing a list. Pages of one type
 * share a section and a depth: `/credentials/` is the section index, `/credentials/<x>/`
 * a detail page, `/credentials/<x>/<y>/` a page nested under a detail page.
 */
export async function discoverPageTypes(distDir: string): Promise<PageType[]> {
	const htmlFiles = (await readdir(distDir, { recursive: true }))
		.filter((entry) => entry.endsWith('.html'))
		.map((entry) => entry.split(sep).join('/'))
		.sort();
	const byType = new Map<string, PageType>();
	for (const relativePath of htmlFiles) {
		const page = classifyPage(distDir, relativePath);
		if (!byType.has(page.type)) byType.set(page.type, page);
	}
	if (!byType.has('home')) {
		throw new Error(`${join(distDir, 'index.html')} is missing, so the built site has no home page; run \`npm run build\` first.`);
	}
	// Home first and the 404 page last, so a test run reads like a walk through the site.
	const isNotFound = (page: PageType) => Number(page.type === '404');
	return [...byType.values()].sort((a, b) => isNotFound(a) - isNotFound(b) || (a.urlPath < b.urlPath ? -1 : 1));
}

function classifyPage(distDir: string, relativePath: string): PageType {
	const file = join(distDir, ...relativePath.split('/'));
	if (relativePath === 'index.html') return { type: 'home', file, urlPath: '' };
	if (relativePath === '404.html') return { type: '404', file, urlPath: relativePath };
	const isIndex = relativePath.endsWith('/index.html');
	const segments = (isIndex ? relativePath.slice(0, -'/index.html'.length) : relativePath.slice(0, -'.html'.length)).split('/');
	const type = [segments[0], ...segments.slice(1).map(() => '*')].join('/');
	return { type, file, urlPath: isIndex ? relativePath.slice(0, -'index.html'.length) : relativePath };
}
