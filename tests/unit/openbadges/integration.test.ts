import jsonld, { type JsonLdDocument, type Options } from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors/format-issues.ts';
import { hashIdentity } from '../../../src/openbadges/recipient-hash.ts';
import { DEMO_SALT_SECRET } from '../../../src/settings/settings.ts';
import type { StageData } from '../../support/run-stage.ts';
import { verifyHosted } from '../../../src/openbadges/verify/verify-hosted.ts';

import { loadFixtureSite, now, readTree, runOpenBadges, secret, serveOutput, siteRoot, type BuildRun } from './integration-fixture.ts';
import { kitAbsent, needsKit } from '../../support/standards-kit.ts';
import { readStandard } from './standards.ts';

let data: StageData;
let run: BuildRun;
let files: Map<string, Buffer>;

beforeAll(async () => {
	data = await loadFixtureSite();
	run = await runOpenBadges(data, { OB_SALT_SECRET: secret });
	files = await readTree(run.outDir);
});

const json = (file: string) => JSON.parse(files.get(file)!.toString('utf8')) as Record<string, unknown>;
const obFiles = () => [...files.keys()].filter((file) => file.startsWith('ob/'));
const assertionFiles = () => obFiles().filter((file) => file.startsWith('ob/assertions/'));
const anaSlug = () => data.site.portfolios.find((portfolio) => portfolio.name === 'Ana García')!.slug;

describe('open badges integration', () => {
	it('writes an issuer, a BadgeClass per credential and stack, and an assertion per published award and completed stack', () => {
		const { catalog } = data;
		expect(obFiles().sort()).toEqual(
			[
				...catalog.issuers.map((entry) => `ob/issuers/${entry.id}.json`),
				...catalog.credentials.map((entry) => `ob/badges/${entry.id}.json`),
				...catalog.stacks.map((entry) => `ob/badges/stacks/${entry.id}.json`),
				...['aw-001', 'aw-002', 'aw-003', 'aw-004', 'aw-005', 'aw-006', 'aw-007'].map((id) => `ob/assertions/${id}.json`),
				`ob/assertions/formative-assessment.${anaSlug()}.json`,
				'ob/assertions/classroom-craft.wang-fang.json',
			].sort(),
		);
		expect(run.info).toEqual([`open badges: ${obFiles().length} files`]);
		expect(run.warnings).toEqual([]);
	});

	it('every assertion, BadgeClass and issuer passes hosted verification with no errors and no warnings', async () => {
		const fetchJson = serveOutput(run.outDir);
		const published = obFiles().filter((file) => json(file)['revoked'] !== true);
		expect(published).toHaveLength(obFiles().length - 1);
		for (const file of published) {
			expect({ file, ...(await verifyHosted(`${siteRoot}${file}`, fetchJson, { now })) }).toEqual({ file, valid: true, errors: [], warnings: [] });
		}
	});

	it('an assertion past its expiry fails on exactly that', async () => {
		const result = await verifyHosted(`${siteRoot}ob/assertions/aw-002.json`, serveOutput(run.outDir), { now: new Date('2025-06-01T00:00:00Z') });
		expect(result.errors).toEqual([expect.objectContaining({ field: 'expires', message: expect.stringMatching(/has expired/) })]);
	});

	it('replaces a revoked award with the revoked document, which verification rejects with its reason', async () => {
		const id = `${siteRoot}ob/assertions/aw-003.json`;
		expect(json('ob/assertions/aw-003.json')).toEqual({ '@context': 'https://w3id.org/openbadges/v2', id, type: 'Assertion', revoked: true, revocationReason: 'Issued in error.' });
		const result = await verifyHosted(id, serveOutput(run.outDir), { now });
		expect(result.errors).toEqual([expect.objectContaining({ field: 'revoked', message: expect.stringContaining('Issued in error.') })]);
	});

	it('hashes the email with the published salt, or the portfolio URL when there is none', () => {
		const ana = json('ob/assertions/aw-001.json')['recipient'] as { type: string; salt: string; identity: string };
		expect(ana).toMatchObject({ type: 'email', hashed: true, identity: hashIdentity('ana.garcia@example.org', ana.salt) });
		const lee = json('ob/assertions/aw-007.json')['recipient'] as { type: string; salt: string; identity: string };
		expect(lee).toMatchObject({ type: 'url', hashed: true, identity: hashIdentity(`${siteRoot}educators/lee-park/`, lee.salt) });
		const salts = assertionFiles().flatMap((file) => (json(file)['recipient'] as { salt?: string } | undefined)?.salt ?? []);
		expect(new Set(salts).size).toBe(salts.length);
	});

	it('gives public evidence as URLs (housed files where the site serves them) and the reflection as narrative; withheld evidence stays out', () => {
		expect(json('ob/assertions/aw-001.json')['evidence']).toEqual([
			{ type: 'Evidence', id: 'https://video.example.org/watch/ev-001', name: 'Classroom video', genre: 'Video', description: 'Ten minutes of a fractions discussion.' },
			{ type: 'Evidence', id: `${siteRoot}educators/${anaSlug()}/aw-001/files/lesson-plan.pdf`, name: 'Lesson plan', genre: 'Lesson plan' },
			{ type: 'Evidence', genre: 'Reflection', narrative: 'Students who rarely spoke began to answer.\r\nI now plan my questions.' },
		]);
		expect(json('ob/assertions/aw-002.json')).not.toHaveProperty('evidence');
		expect(json('ob/assertions/aw-002.json')['expires']).toBe('2025-05-01T00:00:00Z');
	});

	it('issues a completed stack on its completion day, expiring when it stops being complete, with the counted awards as evidence', () => {
		const ana = json(`ob/assertions/formative-assessment.${anaSlug()}.json`);
		expect(ana).toMatchObject({ badge: `${siteRoot}ob/badges/stacks/formative-assessment.json`, issuedOn: '2024-06-01T00:00:00Z', expires: '2025-05-01T00:00:00Z' });
		expect((ana['evidence'] as { id: string }[]).map((item) => item.id)).toEqual(['aw-001', 'aw-002', 'aw-006'].map((id) => `${siteRoot}educators/${anaSlug()}/${id}/`));
		const wang = json('ob/assertions/classroom-craft.wang-fang.json');
		expect(wang).toMatchObject({ issuedOn: '2024-04-01T00:00:00Z' });
		expect(wang).not.toHaveProperty('expires');
	});

	it('describes the passing rubric level, alignments and focus area in the BadgeClass', () => {
		expect(json('ob/badges/wait-time.json')).toMatchObject({
			image: `${siteRoot}images/badges/wait-time.png`,
			criteria: { id: `${siteRoot}credentials/wait-time/`, narrative: expect.stringContaining('awarded at Proficient or above') },
			tags: ['Questioning'],
		});
		expect(json('ob/badges/stacks/classroom-craft.json')).toMatchObject({ criteria: { narrative: expect.stringMatching(/^Earn any 2 of the stack's 3 credentials/) }, tags: ['Questioning', 'Routines'] });
	});

	it('publishes no email, no secret and no assertion image unless baked files are stored', () => {
		const emails = data.exported.educators.flatMap((educator) => educator.email ?? []);
		expect(emails.length).toBeGreaterThan(0);
		for (const [file, bytes] of files) {
			const text = bytes.toString('utf8');
			for (const email of emails) expect(text, file).not.toContain(email);
			expect(text, file).not.toContain(secret);
		}
		for (const file of assertionFiles()) expect(json(file), file).not.toHaveProperty('image');
	});

	it('publishes nothing about a private educator', () => {
		expect(files.has('ob/assertions/aw-008.json')).toBe(false);
		for (const [file, bytes] of files) expect(bytes.toString('utf8'), file).not.toMatch(/aw-008|Seán|sean@/);
	});

	it('rebuilds byte-identically', async () => {
		const again = await readTree((await runOpenBadges(data, { OB_SALT_SECRET: secret })).outDir);
		expect(again).toEqual(files);
	});
});

describe('open badges settings', () => {
	it('uses the demo secret with a warning when OB_SALT_SECRET is unset', async () => {
		const demo = await runOpenBadges(data, {});
		expect(demo.warnings).toEqual([expect.stringMatching(/OB_SALT_SECRET is not set.*Production builds must set it/)]);
		const recipient = JSON.parse((await readTree(demo.outDir)).get('ob/assertions/aw-001.json')!.toString('utf8')).recipient as { salt: string };
		expect(recipient.salt).not.toBe((json('ob/assertions/aw-001.json')['recipient'] as { salt: string }).salt);
		for (const bytes of (await readTree(demo.outDir)).values()) expect(bytes.toString('utf8')).not.toContain(DEMO_SALT_SECRET);
	});

	it.each([
		[{ OB_SALT_SECRET: 'short-secret' }, 'environment: OB_SALT_SECRET is shorter than 16 characters'],
		[{ OB_SALT_SECRET: secret, BAKED_FILES: 'yes' }, 'environment: BAKED_FILES is "yes", which is not allowed; use one of: on, off'],
	])('refuses %o, naming the variable and never echoing the secret', async (env, message) => {
		const failure = runOpenBadges(data, env);
		await expect(failure).rejects.toThrow(InputError);
		await expect(failure).rejects.toThrow(message);
		await expect(failure).rejects.not.toThrow(env.OB_SALT_SECRET);
	});
});

/** Every context our files name, served from the kit; anything else fails rather than touching the network. */
async function documentLoader(url: string): Promise<RemoteDocument> {
	if (url !== 'https://w3id.org/openbadges/v2') throw new Error(`No offline copy of ${url}.`);
	return { documentUrl: url, document: JSON.parse((await readStandard('ob2/context.json')).toString('utf8')) as RemoteDocument['document'] };
}

describe.skipIf(kitAbsent)('JSON-LD of every emitted file', needsKit, () => {
	it('expands in safe mode against the offline OB 2.0 context', async () => {
		// Safe mode throws on any property or type the context does not define, instead of dropping it silently.
		const options: Options.Expand & { safe: boolean } = { documentLoader, safe: true };
		for (const file of obFiles()) {
			const expanded = await jsonld.expand(json(file) as JsonLdDocument, options);
			expect(expanded, file).toHaveLength(1);
			expect(expanded[0]?.['@id'], file).toBe(`${siteRoot}${file}`);
		}
	});
});
