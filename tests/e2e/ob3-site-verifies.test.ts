import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { createDocumentLoader } from '../../src/openbadges/ob3/document-loader.ts';
import { verifyCredential } from '../../src/openbadges/verify/verify-credential.ts';

const distDir = inject('distDir');

const readJson = async <T>(...parts: string[]): Promise<T> => JSON.parse(await readFile(path.join(distDir, ...parts), 'utf8')) as T;

test('every published OB 3.0 credential of the built site passes the verifier, or fails only as revoked or expired', { timeout: 300_000 }, async () => {
	const names = (await readdir(path.join(distDir, 'ob3/credentials'))).filter((name) => name.endsWith('.json')).sort();
	expect(names.length).toBeGreaterThan(0);
	const first = await readJson<{ id: string }>('ob3/credentials', names[0]!);
	const siteRoot = first.id.slice(0, first.id.indexOf('ob3/credentials/'));
	// The site's files at the URLs their ids name, as the deployed site serves them; one loader, so each profile and status list is read once.
	const documentLoader = createDocumentLoader({
		fetchDocument: async (url) => {
			if (!url.startsWith(siteRoot)) throw new Error(`${url} is not on this site (${siteRoot})`);
			return readJson(decodeURIComponent(url.slice(siteRoot.length)));
		},
	});
	const issuers = await readdir(path.join(distDir, 'ob3/issuers'));
	const knownIssuers = new Map(await Promise.all(issuers.map(async (name) => readJson<{ id: string; name: string }>('ob3/issuers', name).then((profile): [string, string] => [profile.id, profile.name]))));
	const outcomes = { valid: 0, revoked: 0, expired: 0 };
	const unexpected: string[] = [];
	for (const name of names) {
		const credential = await readJson<Record<string, unknown> & { validUntil?: string }>('ob3/credentials', name);
		// The OB 2.0 twin says what the site means: a revoked award's assertion is the revoked document. A stack
		// completed only with an award since revoked has no OB 2.0 assertion any more, while its OB 3.0
		// credential stays published (stack keys contain a dot, award ids never do), revoked.
		const assertion = await readJson<{ revoked?: boolean }>('ob/assertions', name).catch(() => undefined);
		if (assertion === undefined && !name.includes('.')) unexpected.push(`${name}: an award credential without its OB 2.0 assertion`);
		const revoked = assertion === undefined ? name.includes('.') : assertion.revoked === true;
		const list = await verifyCredential(credential, { documentLoader, knownIssuers });
		const failed = list.checks.filter((item) => item.outcome !== 'pass' && item.outcome !== 'skip').map((item) => item.id);
		const expired = credential.validUntil !== undefined && new Date(credential.validUntil) <= new Date();
		const expected = [...(revoked ? ['status'] : []), ...(expired ? ['dates'] : [])];
		if (JSON.stringify(failed) !== JSON.stringify(expected)) unexpected.push(`${name}: expected ${expected.join(', ') || 'no failure'}, got ${list.checks.filter((item) => failed.includes(item.id)).map((item) => `${item.id} (${item.detail ?? item.summary})`).join('; ') || 'no failure'}`);
		if (revoked) outcomes.revoked += 1;
		else if (expired) outcomes.expired += 1;
		else outcomes.valid += 1;
	}
	expect(unexpected.slice(0, 10)).toEqual([]);
	expect(outcomes.revoked).toBeGreaterThan(0);
	expect(outcomes.valid).toBeGreaterThan(outcomes.revoked + outcomes.expired);
});
