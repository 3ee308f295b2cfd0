import jsonld, { type JsonLdDocument, type Options } from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import { describe, expect, it } from 'vitest';
import { buildSite } from './built-site.ts';
import { kitAbsent, needsKit } from '../../support/standards-kit.ts';
import { readStandard } from './standards.ts';

/** Every context a file may name, served from the kit; anything else fails rather than touching the network. */
const offlineContexts: Record<string, string> = {
	'https://w3id.org/openbadges/v2': 'ob2/context.json',
	'https://openbadgespec.org/v2/context.json': 'ob2/context.json',
	'https://w3id.org/openbadges/extensions/exampleExtension/context.json': 'contexts/obv2x-example-extension.json',
	'https://w3id.org/openbadges/extensions/applyLinkExtension/context.json': 'contexts/obv2x-applylink-extensions.json',
};

async function documentLoader(url: string): Promise<RemoteDocument> {
	const file = offlineContexts[url];
	if (file === undefined) throw new Error(`No offline copy of ${url}; add it to offlineContexts instead of fetching it.`);
	return { documentUrl: url, document: JSON.parse((await readStandard(file)).toString('utf8')) as RemoteDocument['document'] };
}

/** jsonld 9 has safe mode; @types/jsonld does not know it yet. */
const options: Options.Expand & { safe: boolean } = { documentLoader, safe: true };

describe.skipIf(kitAbsent)('JSON-LD of the built OB 2.0 files', needsKit, () => {
	it.each(Object.entries(buildSite()))('%s expands in safe mode against the offline OB 2.0 context', async (_, document) => {
		// Safe mode throws on any property or type the context does not define, instead of dropping it silently.
		const expanded = await jsonld.expand(document as JsonLdDocument, options);
		expect(expanded).toHaveLength(1);
		expect(expanded[0]?.['@id']).toBe(document.id);
		expect(expanded[0]?.['@type']).toEqual(expect.arrayContaining([expect.stringMatching(/^https:\/\/w3id\.org\/openbadges#/)]));
	});

	it('the loader refuses contexts it has no offline copy of', async () => {
		await expect(jsonld.expand({ '@context': 'https://example.net/unknown', name: 'x' }, options)).rejects.toThrow();
	});
});
