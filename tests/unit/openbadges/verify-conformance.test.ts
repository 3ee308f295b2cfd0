import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { extractPngAssertion } from '../../../src/openbadges/bake-png.ts';
import { verifyHosted } from '../../../src/openbadges/verify/verify-hosted.ts';
import { kitAbsent, needsKit } from '../../support/standards-kit.ts';
import { conformanceFetch, ob20Dir, parseAnnotatedJson, readStandard } from './standards.ts';

/** Judged against a fixed moment so the suite's old dates give the same result every year. */
const now = new Date('2025-01-01T00:00:00Z');

/**
 * The kit's README classifies the cases by name: `invalid` in the name, `*expired-before-issued*`
 * and `assertion-with-data-image.json` are invalid; `warning-*` are valid with warnings; the rest
 * valid. Each invalid case is listed with the property the failure must be reported on, so a
 * case cannot pass by failing for an unrelated reason.
 */
const invalidBecause: Record<string, string> = {
	'assertion-with-data-image.json': 'image',
	'assertion-with-extension-node-invalid.json': 'extensions:exampleExtension',
	'basic-assertion-expired-before-issued.json': 'expires',
	'basic-assertion-invalid-context.json': '@context',
	'basic-assertion-invalid-type.json': 'type',
	'basic-assertion-with-allowed-origins-invalid-multiple-starts-with.json': 'id',
	'basic-assertion-with-allowed-origins-invalid-starts-with.json': 'id',
	'rdf-validation/badge-class-invalid-issuer-type.json': 'type',
	'rdf-validation/invalid-class.json': 'type',
	'rdf-validation/invalid-empty-type.json': 'type',
	'rdf-validation/invalid-one-invalid-class.json': 'type',
};

function classify(name: string): 'invalid' | 'warning' | 'valid' {
	if (/invalid|expired-before-issued/.test(name) || name === 'assertion-with-data-image.json') return 'invalid';
	return name.startsWith('warning-') ? 'warning' : 'valid';
}

/** Without the kit the cases cannot be listed; the suite is skipped, so its per-case tests are not collected. */
const cases = kitAbsent
	? []
	: [
			...(await readdir(ob20Dir)).filter((name) => name.endsWith('.json')),
			...(await readdir(new URL('rdf-validation/', ob20Dir))).map((name) => `rdf-validation/${name}`),
		].sort();

/** Serves the case at its own id, as its issuer would host it, and verifies that URL. */
async function verifyCase(name: string) {
	const document = parseAnnotatedJson(await readFile(new URL(name, ob20Dir), 'utf8')) as { id: string };
	return verifyHosted(document.id, conformanceFetch(new Map([[document.id, document]])), { now });
}

describe.skipIf(kitAbsent)('verifyHosted on the OB 2.0 conformance suite', needsKit, () => {
	it('finds every case the README describes', () => {
		for (const kind of ['valid', 'warning', 'invalid']) expect(cases.filter((name) => classify(name) === kind)).not.toEqual([]);
		expect(Object.keys(invalidBecause).sort()).toEqual(cases.filter((name) => classify(name) === 'invalid'));
	});

	it.each(cases.filter((name) => classify(name) === 'valid'))('accepts %s', async (name) => {
		const result = await verifyCase(name);
		expect(result.errors).toEqual([]);
		expect(result.valid).toBe(true);
	});

	it.each(cases.filter((name) => classify(name) === 'warning'))('accepts %s with warnings', async (name) => {
		const result = await verifyCase(name);
		expect(result.errors).toEqual([]);
		expect(result.valid).toBe(true);
		expect(result.warnings.length).toBeGreaterThan(0);
	});

	it.each(cases.filter((name) => classify(name) === 'invalid'))('rejects %s', async (name) => {
		const result = await verifyCase(name);
		expect(result.valid).toBe(false);
		expect(result.errors.map((problem) => problem.field.split('.').at(-1))).toContain(invalidBecause[name]);
	});

	it('warns when an assertion is served at a URL other than its id (redirected-validation-subject)', async () => {
		const subject = parseAnnotatedJson(await readFile(new URL('redirected-validation-subject.json', ob20Dir), 'utf8'));
		// The file's own comment says it is also what https://example.org/beths-robotics-badge.json returns.
		const url = 'https://example.org/beths-robotics-badge.json';
		const result = await verifyHosted(url, conformanceFetch(new Map([[url, subject]])), { now });
		expect(result.valid).toBe(true);
		expect(result.warnings).toContainEqual(expect.objectContaining({ file: url, field: 'id' }));
	});

	it('verifies the assertion baked into simple-badge.png against its hosted badge and issuer', async () => {
		const assertion = JSON.parse(extractPngAssertion(new Uint8Array(await readStandard('conformance/ob20/simple-badge.png'))) ?? 'null') as { id: string };
		const result = await verifyHosted(assertion.id, conformanceFetch(new Map([[assertion.id, assertion]])), { now });
		expect(result).toEqual({ valid: true, errors: [], warnings: [] });
	});

	it('finds an assertion revoked through the issuer\'s revocation list', async () => {
		const base = JSON.parse(await readFile(new URL('basic-assertion.json', ob20Dir), 'utf8')) as Record<string, unknown>;
		const revoked = { ...base, id: 'https://example.org/beths-robotics-badge-revoked.json', badge: 'https://example.org/badge-from-organization-with-revocation-list.json' };
		const result = await verifyHosted(revoked.id, conformanceFetch(new Map([[revoked.id, revoked]])), { now });
		expect(result.valid).toBe(false);
		expect(result.errors).toContainEqual(expect.objectContaining({ field: 'id', message: expect.stringContaining('A good reason, for sure') }));
	});

	it('reports an unreachable assertion as an error, not a crash', async () => {
		const result = await verifyHosted('https://example.org/missing.json', conformanceFetch(), { now });
		expect(result.valid).toBe(false);
		expect(result.errors[0]?.message).toMatch(/could not be fetched \(404/);
	});
});
