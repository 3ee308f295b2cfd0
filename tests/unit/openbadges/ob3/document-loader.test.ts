import { describe, expect, it } from 'vitest';
import { bundledContexts, createDocumentLoader, didWebDocumentUrl } from '../../../../src/openbadges/ob3/document-loader.ts';

const profileUrl = 'https://badges.example.org/ob3/issuers/acme.json';
const profile = {
	'@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/security/multikey/v1'],
	id: profileUrl,
	verificationMethod: [{ id: `${profileUrl}#key-1`, type: 'Multikey', controller: profileUrl, publicKeyMultibase: 'z6Mk' }],
};

describe('createDocumentLoader', () => {
	it('serves every context OB 3.0 signing and verifying needs from the npm packages', async () => {
		const load = createDocumentLoader();
		for (const url of [
			'https://www.w3.org/ns/credentials/v2',
			'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
			'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
			'https://w3id.org/security/multikey/v1',
			'https://w3id.org/security/data-integrity/v2',
			'https://w3id.org/security/v1',
			'https://w3id.org/security/v2',
			'https://www.w3.org/ns/did/v1',
		]) {
			const { document, documentUrl } = await load(url);
			expect(documentUrl).toBe(url);
			expect(document, url).toHaveProperty('@context');
		}
		expect(bundledContexts.size).toBeGreaterThan(8);
	});

	it('refuses, naming the URL, anything it has no copy of when given no fetchDocument', async () => {
		await expect(createDocumentLoader()('https://example.org/unknown-context.json')).rejects.toThrow(/no copy of https:\/\/example\.org\/unknown-context\.json/);
	});

	it('finds a key inside its profile, with the profile context, since a static host cannot serve #key-1', async () => {
		const load = createDocumentLoader({ documents: new Map([[profileUrl, profile]]) });
		expect((await load(profileUrl)).document).toBe(profile);
		expect((await load(`${profileUrl}#key-1`)).document).toEqual({ ...profile.verificationMethod[0], '@context': profile['@context'] });
		await expect(load(`${profileUrl}#key-2`)).rejects.toThrow(`${profileUrl} has no node with id ${profileUrl}#key-2`);
	});

	it('resolves a relative #key id and fetches each document once through fetchDocument', async () => {
		const didDocument = { '@context': 'https://www.w3.org/ns/did/v1', id: 'did:web:badges.example.org', verificationMethod: [{ id: '#key-1', type: 'Multikey' }] };
		const fetched: string[] = [];
		const load = createDocumentLoader({
			fetchDocument: async (url) => {
				fetched.push(url);
				return didDocument;
			},
		});
		expect((await load('did:web:badges.example.org#key-1')).document).toMatchObject({ id: 'did:web:badges.example.org#key-1', type: 'Multikey' });
		await load('did:web:badges.example.org');
		expect(fetched).toEqual(['https://badges.example.org/.well-known/did.json']);
	});
});

describe('didWebDocumentUrl', () => {
	it('maps a did:web DID to its did.json', () => {
		expect(didWebDocumentUrl('did:web:example.org')).toBe('https://example.org/.well-known/did.json');
		expect(didWebDocumentUrl('did:web:example.org:credfolio')).toBe('https://example.org/credfolio/did.json');
		expect(didWebDocumentUrl('did:web:localhost%3A4321:a:b')).toBe('https://localhost:4321/a/b/did.json');
		expect(didWebDocumentUrl('did:key:z6Mk')).toBeUndefined();
	});
});
