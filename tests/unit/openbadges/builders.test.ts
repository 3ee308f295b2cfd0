import { describe, expect, it } from 'vitest';
import { buildAssertion } from '../../../src/openbadges/build-assertion.ts';
import { formatDateTime } from '../../../src/openbadges/date-time.ts';
import { hashIdentity } from '../../../src/openbadges/recipient-hash.ts';
import { verifyHosted } from '../../../src/openbadges/verify/verify-hosted.ts';
import { buildSite, secret, serve, urls } from './built-site.ts';

const now = new Date('2025-01-01T00:00:00Z');

describe('formatDateTime', () => {
	it('writes a DateTime without milliseconds', () => {
		expect(formatDateTime(new Date('2025-05-01T00:00:00.000Z'))).toBe('2025-05-01T00:00:00Z');
	});

	it('sends the author of a bad date to the export it came from', () => {
		expect(() => formatDateTime(new Date('not a date'))).toThrow(
			'Cannot write an Open Badges date from an invalid Date. Award dates come from the earner export (awarded_on, expires_on in awards.csv or the JSON export): check it with `npm run validate:export`.',
		);
	});
});

describe('URL layout', () => {
	it('puts every file under the site base', () => {
		expect(urls.issuer('riverside')).toBe('https://badges.example.edu/credfolio/ob/issuers/riverside.json');
		expect(urls.badge('q')).toBe('https://badges.example.edu/credfolio/ob/badges/q.json');
		expect(urls.stackBadge('s')).toBe('https://badges.example.edu/credfolio/ob/badges/stacks/s.json');
		expect(urls.assertion('a-1')).toBe('https://badges.example.edu/credfolio/ob/assertions/a-1.json');
		expect(urls.badgeImage('q')).toBe('https://badges.example.edu/credfolio/images/badges/q.png');
		expect(urls.stackBadgeImage('s')).toBe('https://badges.example.edu/credfolio/images/badges/stacks/s.png');
		expect(urls.page('https://elsewhere.example/x')).toBe('https://elsewhere.example/x');
	});
});

describe('built OB 2.0 files pass hosted verification', () => {
	const site = buildSite();
	const fetchJson = serve(site.issuer, site.badge, site.stackBadge, site.assertion, site.stackAssertion, site.revoked);

	it.each([
		['credential assertion', site.assertion.id],
		['stack assertion (url recipient)', site.stackAssertion.id],
		['credential BadgeClass', site.badge.id],
		['stack BadgeClass', site.stackBadge.id],
		['issuer profile', site.issuer.id],
	])('%s verifies with no errors and no warnings', async (_, url) => {
		expect(await verifyHosted(url, fetchJson, { now })).toEqual({ valid: true, errors: [], warnings: [] });
	});

	it('a revoked award\'s file fails with its reason', async () => {
		const result = await verifyHosted(site.revoked.id, fetchJson, { now });
		expect(result.valid).toBe(false);
		expect(result.errors).toEqual([expect.objectContaining({ file: site.revoked.id, field: 'revoked', message: expect.stringContaining('not to be the educator\'s own work') })]);
	});

	it('hashes the normalised email with the published salt, and never publishes the email or secret', () => {
		const { recipient } = site.assertion;
		expect(recipient.identity).toBe(hashIdentity('maria.lopez@district.example.org', recipient.salt));
		expect(JSON.stringify(site)).not.toMatch(/maria\.lopez@|test-secret/i);
	});

	it('uses the portfolio URL as a url identity when there is no email', () => {
		const { recipient } = site.stackAssertion;
		expect(recipient.type).toBe('url');
		expect(recipient.identity).toBe(hashIdentity('https://badges.example.edu/credfolio/portfolios/maria-lopez/', recipient.salt));
	});

	it('rebuilds byte-identically', () => {
		expect(JSON.stringify(buildSite())).toBe(JSON.stringify(site));
	});

	it('refuses an award with no recipient identity', () => {
		expect(() => buildAssertion({ awardId: 'a-9', badge: site.badge.id, issuedOn: now }, urls, secret)).toThrow(/a-9.*neither an educator email nor a portfolio URL/);
	});
});

describe('verifyHosted rejects built files that break hosted rules', () => {
	const site = buildSite();
	type Assertion = typeof site.assertion;

	async function verifyChanged(change: (assertion: Assertion) => void, extra: ReadonlyArray<{ id: string }> = [site.issuer]) {
		const assertion = structuredClone(site.assertion);
		change(assertion);
		return verifyHosted(assertion.id, serve(assertion, site.badge, ...extra), { now });
	}

	it.each<[string, (assertion: Assertion) => void, string, RegExp]>([
		['issued in the future', (a) => { a.issuedOn = '2025-06-01T00:00:00Z'; }, 'issuedOn', /in the future/],
		['expired', (a) => { a.expires = '2024-12-31T00:00:00Z'; }, 'expires', /has expired/],
		['expiring before issue', (a) => { a.expires = '2024-03-01T00:00:00Z'; }, 'expires', /not after issuedOn/],
		['a malformed recipient hash', (a) => { a.recipient.identity = 'sha256$not-hex'; }, 'recipient.identity', /64 hex digits/],
		['a data-URI image', (a) => { a.image = 'data:image/png;base64,iVBORw0KGgo='; }, 'image', /data URI/],
		['signed verification', (a) => { Object.assign(a.verification, { type: 'signed' }); }, 'verification', /hosted assertions only/],
		['a missing issue date', (a) => { Reflect.deleteProperty(a, 'issuedOn'); }, 'issuedOn', /ISO 8601/],
	])('%s', async (_, change, field, message) => {
		const result = await verifyChanged(change);
		expect(result.valid).toBe(false);
		expect(result.errors).toContainEqual(expect.objectContaining({ field, message: expect.stringMatching(message) }));
	});

	it('an assertion hosted off the issuer\'s origin', async () => {
		const result = await verifyChanged((a) => { a.id = 'https://copycat.example.net/ob/assertions/a-2024-0001.json'; });
		expect(result.errors).toContainEqual(expect.objectContaining({ field: 'id', message: expect.stringMatching(/is on copycat\.example\.net, but the issuer .* only vouches for assertions on badges\.example\.edu/) }));
	});

	it('a badge whose issuer file is not published', async () => {
		const result = await verifyChanged(() => {}, []);
		expect(result.errors).toContainEqual(expect.objectContaining({ file: site.badge.id, field: 'issuer', message: expect.stringMatching(/could not be fetched \(404/) }));
	});

	it('an assertion listed in the issuer\'s revocation list', async () => {
		const list = { '@context': 'https://w3id.org/openbadges/v2', id: urls.page('/ob/revocations.json'), type: 'RevocationList', revokedAssertions: [{ id: site.assertion.id, revocationReason: 'Issued in error.' }] };
		const issuer = { ...site.issuer, revocationList: list.id };
		const result = await verifyChanged(() => {}, [issuer, list]);
		expect(result.errors).toContainEqual(expect.objectContaining({ field: 'id', message: expect.stringContaining('revoked: Issued in error.') }));
	});
});
