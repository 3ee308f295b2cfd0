import { readCatalog } from '../../../src/catalog/read-catalog.ts';
import { readFile } from 'node:fs/promises';

/** The catalog the site under test was built from (CONTENT_PATH, as in the build). */
export function readBuiltCatalog() {
	return readCatalog(process.env['CONTENT_PATH'] ?? 'content');
}

/**
 * A word whose stem occurs in exactly one credential's text, so a search for it has one right
 * answer whatever the demo content says. Comparing six-letter prefixes stands in for Pagefind's
 * stemming, which would otherwise match "scaffolded" to "scaffolding" elsewhere.
 */
export async function findUniqueWord(): Promise<{ word: string; credentialId: string; title: string }> {
	const catalog = await readBuiltCatalog();
	const texts = await Promise.all(
		catalog.credentials.map(async (entry) => ({
			entry,
			body: (await readFile(entry.filePath, 'utf8')).replace(/^---[\s\S]*?\n---/, ''),
			all: (await readFile(entry.filePath, 'utf8')).toLowerCase(),
		})),
	);
	for (const { entry, body } of texts) {
		const words = body.toLowerCase().match(/\b[a-z]{9,}\b/g) ?? [];
		const word = words.find((candidate) => texts.filter((other) => other.all.includes(candidate.slice(0, 6))).length === 1);
		if (word) return { word, credentialId: entry.id, title: entry.data.title };
	}
	throw new Error('No credential overview has a word of its own; the search test needs one.');
}
