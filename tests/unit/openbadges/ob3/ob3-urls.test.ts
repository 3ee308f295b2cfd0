import { createOb3Urls } from '../../../../src/paths.ts';
import { describe, expect, it } from 'vitest';
import { didWebDocumentUrl } from '../../../../src/openbadges/ob3/document-loader.ts';

describe('createOb3Urls', () => {
	it('puts OB 3.0 files under the site base, ids encoded', () => {
		const urls = createOb3Urls({ site: 'https://badges.example.org', base: '/credfolio/' });
		expect(urls.credential('aw 1')).toBe('https://badges.example.org/credfolio/ob3/credentials/aw%201.json');
		expect(urls.issuer('acme')).toBe('https://badges.example.org/credfolio/ob3/issuers/acme.json');
		expect(urls.statusList('acme')).toBe('https://badges.example.org/credfolio/ob3/status/acme.json');
		expect(urls.presentation('ana')).toBe('https://badges.example.org/credfolio/educators/ana/credentials.json');
	});

	it('names a did:web DID that resolves to where the did.json is written, with or without a base path', () => {
		for (const location of [
			{ site: 'https://badges.example.org', base: '/' },
			{ site: 'https://badges.example.org', base: '/credfolio/' },
			{ site: 'http://localhost:4321', base: '/' },
		]) {
			const urls = createOb3Urls(location);
			expect(didWebDocumentUrl(urls.did)?.replace(/^https:/, new URL(location.site).protocol)).toBe(urls.didDocument);
		}
		expect(createOb3Urls({ site: 'https://badges.example.org', base: '/credfolio/' }).did).toBe('did:web:badges.example.org:credfolio');
		expect(createOb3Urls({ site: 'http://localhost:4321', base: '/' }).did).toBe('did:web:localhost%3A4321');
	});
});
