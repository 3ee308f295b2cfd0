import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { bakeCredentialFile } from '../../../../src/openbadges/bake-badge-file.ts';
import { extractPngText, PNG_KEYWORDS } from '../../../../src/openbadges/bake-png.ts';
import { extractSvgCredential } from '../../../../src/openbadges/bake-svg.ts';
import { checkRecipientEmail } from '../../../../src/openbadges/verify/check-recipient-email.ts';
import { readBadgeFile, readBadgeText } from '../../../../src/openbadges/verify/read-badge-input.ts';
import { verifyBadge, verifyBadges } from '../../../../src/openbadges/verify/verify-badge.ts';
import { buildSite, serve, urls } from '../built-site.ts';

const now = new Date('2025-01-01T00:00:00Z');
const signedShape = JSON.stringify({ '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential', 'OpenBadgeCredential'], id: 'https://x.example/c/1.json', proof: { type: 'DataIntegrityProof' } });

let png: Uint8Array;
beforeAll(async () => {
	png = new Uint8Array(await sharp({ create: { width: 4, height: 3, channels: 4, background: '#336699' } }).png().toBuffer());
});

describe('recipient email check', () => {
	// The standards kit README's OB 3.0 identity vector.
	const identity = { type: 'emailAddress', hashed: true, value: 'sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399', salt: 'Kosher' };

	it('matches the hashed address locally, whatever its letter case', async () => {
		expect((await checkRecipientEmail([identity], ' A@Example.com ')).outcome).toBe('pass');
	});

	it('fails another address and skips when none is typed', async () => {
		expect((await checkRecipientEmail([identity], 'b@example.com')).outcome).toBe('fail');
		expect((await checkRecipientEmail([identity], '')).outcome).toBe('skip');
		expect((await checkRecipientEmail([], 'a@example.com')).outcome).toBe('skip');
	});
});

describe('reading what the visitor gives', () => {
	it('tells a URL, a VC-JWT, credential JSON and rubbish apart', () => {
		expect(readBadgeText(' https://x.example/c/1.json ').kind).toBe('url');
		expect(readBadgeText('eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2ln').kind).toBe('jwt');
		expect(readBadgeText(signedShape).kind).toBe('ob3');
		expect(readBadgeText('{"@context":"https://w3id.org/openbadges/v2","type":"Assertion","id":"https://x.example/a.json"}')).toMatchObject({ kind: 'ob2', url: 'https://x.example/a.json' });
		expect(readBadgeText('hello')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('neither JSON nor a web address') });
	});

	it('extracts an OB 3.0 credential baked into a PNG and an SVG, byte for byte', () => {
		const bakedPng = bakeCredentialFile('png', png, signedShape).bytes;
		expect(extractPngText(bakedPng, PNG_KEYWORDS.ob3)).toBe(signedShape);
		expect(extractPngText(bakedPng, PNG_KEYWORDS.ob2)).toBeUndefined();
		expect(readBadgeFile(bakedPng, 'badge.png')).toMatchObject({ kind: 'ob3', source: 'the credential baked into the file badge.png' });
		const svg = new TextDecoder().decode(bakeCredentialFile('svg', png, signedShape).bytes);
		expect(svg).toContain('xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"');
		expect(extractSvgCredential(svg)?.assertion).toBe(signedShape);
		expect(readBadgeFile(new TextEncoder().encode(svg), 'badge.svg').kind).toBe('ob3');
	});

	it('refuses to bake an unsigned credential and explains a PNG with nothing baked in', () => {
		expect(() => bakeCredentialFile('png', png, JSON.stringify({ type: ['VerifiableCredential', 'OpenBadgeCredential'] }))).toThrow(/not signed/);
		expect(readBadgeFile(png, 'photo.png')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('no badge baked into it') });
	});
});

describe('verifyBadge on hosted Open Badges 2.0 assertions', () => {
	const site = buildSite();
	const fetchJson = serve(site.issuer, site.badge, site.assertion, site.revoked);
	const knownIssuers = new Map([[site.issuer.id, 'Riverside Teaching Institute']]);

	it('passes every check of a valid assertion, the recipient included', async () => {
		const list = await verifyBadge({ kind: 'ob2', url: site.assertion.id, source: 'test' }, { fetchJson, now, knownIssuers, email: 'maria.lopez@district.example.org' });
		expect(list.checks.map((item) => [item.id, item.outcome])).toEqual([
			['format', 'pass'],
			['signature', 'skip'],
			['key', 'pass'],
			['issuer', 'pass'],
			['status', 'pass'],
			['dates', 'pass'],
			['schema', 'pass'],
			['recipient', 'pass'],
		]);
		expect(list.verdict).toBe('pass');
	});

	it('says a revoked assertion is revoked, with its reason', async () => {
		const list = await verifyBadge({ kind: 'ob2', url: site.revoked.id, source: 'test' }, { fetchJson, now, knownIssuers });
		expect(list.checks.find((item) => item.id === 'status')).toMatchObject({ outcome: 'fail', summary: expect.stringContaining('the educator\'s own work') });
	});

	it('says an expired assertion is expired', async () => {
		const list = await verifyBadge({ kind: 'ob2', url: site.assertion.id, source: 'test' }, { fetchJson, now: new Date('2030-01-01T00:00:00Z'), knownIssuers });
		expect(list.checks.find((item) => item.id === 'dates')).toMatchObject({ outcome: 'fail', summary: expect.stringContaining('expired') });
	});

	it('fetches a URL and finds what it holds', async () => {
		const [list, ...more] = await verifyBadges(readBadgeText(site.assertion.id), { fetchJson, now, knownIssuers });
		expect(more).toEqual([]);
		expect(list?.kind).toBe('ob2');
		expect(urls.assertion('a-2024-0001')).toBe(site.assertion.id);
	});
});
