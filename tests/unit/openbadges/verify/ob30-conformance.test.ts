import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Checklist, CheckId } from '../../../../src/openbadges/verify/checklist.ts';
import { readBadgeFile, readBadgeText } from '../../../../src/openbadges/verify/read-badge-input.ts';
import { verifyBadges } from '../../../../src/openbadges/verify/verify-badge.ts';
import { verifyCredential } from '../../../../src/openbadges/verify/verify-credential.ts';
import { needsKit } from '../../../support/standards-kit.ts';
import { BAKED_BADGE_KEY, kitDocumentLoader, kitIssuerProfile, kitPresent, ob30Dir, readKitJson } from './ob30-kit.ts';

/** Judged against a fixed moment so the kit's dates give the same result every year. */
const now = new Date('2025-01-01T00:00:00Z');

/**
 * The kit's README names the valid cases (simple-eddsa-2022 with a warning: a legacy suite name;
 * the baked simple-json.* and simple-jwt.* are tested below) and the invalid ones. Each invalid case lists the checks that must fail for the reason its
 * name gives, so a case cannot pass by failing for an unrelated reason.
 */
const validCases = ['simple.json', 'simple-context-alias.json', 'simple-context-version.json', 'simple-did-key-method.json', 'simple-did-web-method.json', 'simple-eddsa-2022.json', 'simple-multiple-proofs.json'];

const invalidBecause: Record<string, CheckId[]> = {
	'simple-err-credential-subject-achievement-result-description-type.json': ['schema'],
	'simple-err-credential-subject-identifier-type.json': ['schema'],
	'simple-err-credential-subject-profile-type.json': ['schema'],
	'simple-err-credential-subject-result-type.json': ['schema'],
	'simple-err-credential-subject-type.json': ['schema'],
	'simple-err-issuer-otheridentifier-type.json': ['schema'],
	'simple-err-issuer-parentorg-type.json': ['schema'],
	'simple-err-issuer.json': ['schema', 'issuer'],
	'simple-err-proof-method-no-scheme.json': ['signature'],
	'simple-err-proof-method-unknown-did-method.json': ['signature'],
	'simple-err-proof-method-unknown-scheme.json': ['signature'],
	'simple-err-proof-method.json': ['signature'],
	'simple-err-type.json': ['format', 'schema'],
	'simple-noproof.json': ['signature'],
	// The 1EdTech Revocation List case; its Ed25519Signature2020 proof is a suite this verifier does not check.
	'credential-status-revoked.json': ['status'],
	'bit-string-list/credential-status-revoked.json': ['status'],
	'bit-string-list/credential-status-revoked-blank-nodes.json': ['status'],
};

async function verifyCase(name: string): Promise<Checklist> {
	return verifyCredential(await readKitJson(name), { documentLoader: await kitDocumentLoader(), now });
}

const outcome = (list: Checklist, id: CheckId) => list.checks.find((item) => item.id === id)?.outcome;
const failed = (list: Checklist) => list.checks.filter((item) => item.outcome === 'fail').map((item) => `${item.id}: ${item.summary} (${item.detail ?? ''})`);

describe.skipIf(!kitPresent)('verifyCredential on the OB 3.0 conformance suite (standards kit conformance/ob30)', needsKit, () => {
	it('classifies every simple-err-* case of the kit', async () => {
		const errCases = kitPresent ? (await readdir(ob30Dir)).filter((name) => name.startsWith('simple-err-')) : [];
		expect(errCases.length).toBeGreaterThan(0);
		for (const name of errCases) expect(Object.keys(invalidBecause)).toContain(name);
	});

	it.each(validCases)('accepts %s', async (name) => {
		const list = await verifyCase(name);
		expect(failed(list)).toEqual([]);
		expect(outcome(list, 'signature')).toBe('pass');
		expect(list.verdict).not.toBe('fail');
	});

	it.each(Object.entries(invalidBecause))('rejects %s', async (name, reasons) => {
		const list = await verifyCase(name);
		expect(list.verdict).toBe('fail');
		for (const reason of reasons) expect(outcome(list, reason), `${reason} should fail; failures: ${failed(list).join(' | ')}`).toBe('fail');
	});

	it('says "revoked" for a credential whose status bit is set, although the status library calls it verified', async () => {
		const list = await verifyCase('bit-string-list/credential-status-revoked.json');
		const status = list.checks.find((item) => item.id === 'status');
		expect(status?.summary).toMatch(/revoked/);
		expect(outcome(list, 'signature')).toBe('pass');
	});

	it('passes the key check for a key listed in the issuer profile, and warns for a did:key the issuer does not list', async () => {
		expect(outcome(await verifyCase('simple.json'), 'key')).toBe('pass');
		expect(outcome(await verifyCase('simple-did-key-method.json'), 'key')).toBe('warn');
	});

	it('fails the key check when the issuer profile does not list the signing key', async () => {
		const issuer = 'https://example.com/issuers/876543';
		// The key stays published (so the signature checks out) but is no longer an assertionMethod: withdrawn.
		const withdrawn = { ...kitIssuerProfile(issuer), assertionMethod: [`${issuer}#${BAKED_BADGE_KEY}`] };
		const list = await verifyCredential(await readKitJson('simple.json'), { documentLoader: await kitDocumentLoader(new Map([[issuer, withdrawn]])), now });
		expect(outcome(list, 'signature')).toBe('pass');
		expect(outcome(list, 'key')).toBe('fail');
	});

	it('fails the signature when any signed field changes', async () => {
		const credential = await readKitJson('simple.json');
		const list = await verifyCredential({ ...credential, name: 'Teamwork Badge!' }, { documentLoader: await kitDocumentLoader(), now });
		expect(outcome(list, 'signature')).toBe('fail');
		expect(list.checks.find((item) => item.id === 'signature')?.summary).toMatch(/changed after it was signed/);
	});

	it('judges validity at the given moment: expired, not yet valid', async () => {
		const credential = await readKitJson('simple.json');
		const expired = await verifyCredential({ ...credential, validUntil: '2020-01-01T00:00:00Z' }, { documentLoader: await kitDocumentLoader(), now });
		expect(outcome(expired, 'dates')).toBe('fail');
		expect(expired.checks.find((item) => item.id === 'dates')?.summary).toMatch(/expired on 2020-01-01/);
		const early = await verifyCredential(credential, { documentLoader: await kitDocumentLoader(), now: new Date('2009-06-01T00:00:00Z') });
		expect(early.checks.find((item) => item.id === 'dates')?.summary).toMatch(/not valid yet/);
	});

	it.each(['simple-json.png', 'simple-json.svg', 'simple-jwt.png', 'simple-jwt.svg'])('reads and accepts the credential baked into %s', async (name) => {
		const input = readBadgeFile(new Uint8Array(await readFile(new URL(name, ob30Dir))), name);
		expect(input.kind).toBe(name.includes('jwt') ? 'jwt' : 'ob3');
		const loader = await kitDocumentLoader();
		const [list] = await verifyBadges(input, { fetchJson: async (url) => (await loader(url)).document, now });
		expect(failed(list!)).toEqual([]);
		expect(outcome(list!, 'signature')).toBe('pass');
	});

	it('fails a VC-JWT whose payload was changed after signing', async () => {
		const svg = await readFile(new URL('simple-jwt.svg', ob30Dir), 'utf8');
		const input = readBadgeFile(new TextEncoder().encode(svg), 'simple-jwt.svg');
		if (input.kind !== 'jwt') throw new Error('expected the kit\'s baked VC-JWT');
		const [header, payload, signature] = input.token.split('.') as [string, string, string];
		const changed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
		const forged = `${header}.${Buffer.from(JSON.stringify({ ...changed, name: 'Leadership Badge' })).toString('base64url')}.${signature}`;
		const loader = await kitDocumentLoader();
		const [list] = await verifyBadges({ ...input, token: forged }, { fetchJson: async (url) => (await loader(url)).document, now });
		expect(outcome(list!, 'signature')).toBe('fail');
	});

	it('checks every credential of a presentation, each on its own', async () => {
		const credentials = [await readKitJson('simple.json'), await readKitJson('bit-string-list/credential-status-revoked.json')];
		const input = readBadgeText(JSON.stringify({ '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiablePresentation'], verifiableCredential: credentials }), 'all.json');
		expect(input.kind).toBe('presentation');
		const loader = await kitDocumentLoader();
		const lists = await verifyBadges(input, { fetchJson: async (url) => (await loader(url)).document, now });
		expect(lists.map((list) => [list.subjectId, list.verdict, outcome(list, 'status')])).toEqual([
			['http://example.com/credentials/3527', 'warn', 'skip'],
			[credentials[1]!['id'], 'fail', 'fail'],
		]);
	});
});
