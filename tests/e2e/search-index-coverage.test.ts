import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, inject, test } from 'vitest';

const distDir = inject('distDir');
/** Pagefind 1.x writes each fragment as gzip of this signature followed by the page's JSON. */
const fragmentSignature = 'pagefind_dcd';

/** Site paths, like `/credentials/wait-time/`, of every built page that asks to be indexed. */
async function pagesWithSearchBody(): Promise<string[]> {
	const files = (await readdir(distDir, { recursive: true })).map((entry) => entry.split(sep).join('/')).filter((entry) => entry.endsWith('.html') && !entry.startsWith('pagefind/'));
	const marked: string[] = [];
	for (const file of files) {
		if (/<[^>]*\sdata-pagefind-body[\s=>]/.test(await readFile(join(distDir, file), 'utf8'))) marked.push(`/${file.replace(/(^|\/)index\.html$/, '$1')}`);
	}
	return marked.sort();
}

/** Site paths of every page in the built search index, read from its fragments. */
async function indexedPages(): Promise<string[]> {
	const folder = join(distDir, 'pagefind', 'fragment');
	const urls: string[] = [];
	for (const file of await readdir(folder)) {
		const text = gunzipSync(await readFile(join(folder, file))).toString('utf8');
		if (!text.startsWith(fragmentSignature)) throw new Error(`${join(folder, file)} does not start with "${fragmentSignature}": has Pagefind changed its fragment format?`);
		urls.push((JSON.parse(text.slice(fragmentSignature.length)) as { url: string }).url);
	}
	return urls.sort();
}

// The search phase reads only the pages of `searchableRoutes` (src/site/urls.ts); a page marked
// searchable anywhere else would silently miss the index without this check.
test('every built page with data-pagefind-body is in the search index, and nothing else is', async () => {
	const marked = await pagesWithSearchBody();
	expect(marked.length).toBeGreaterThan(0);
	const indexed = new Set(await indexedPages());
	const missing = marked.filter((url) => !indexed.has(url));
	expect(missing, 'searchable pages Pagefind never read: add their route to searchableRoutes in src/site/urls.ts').toEqual([]);
	expect([...indexed].sort()).toEqual(marked);
});
