import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeList } from '@digitalbazaar/vc-bitstring-status-list';
import Ajv2019 from 'ajv/dist/2019.js';
import jsonld, { type JsonLdDocument, type Options } from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogIndex } from '../../../../src/model/catalog-index.ts';
import { createDocumentLoader } from '../../../../src/openbadges/ob3/document-loader.ts';
import { AchievementLookup, assignAllStatusIndexes } from '../../../../src/openbadges/ob3/site/list-ob3-files.ts';
import { generateSeedHex, publicKeyOf } from '../../../../src/openbadges/ob3/signing-keys.ts';
import { verifyCredential } from '../../../../src/openbadges/verify/verify-credential.ts';
import { signCredential } from '../../../../src/openbadges/ob3/sign-credential.ts';
import type { StageData } from '../../../support/run-stage.ts';
import { makeTempDir } from '../../../support/temp-dir.ts';

import { loadFixtureSite, now, readTree, secret, siteRoot, type BuildRun } from '../integration-fixture.ts';
import { kitAbsent, needsKit } from '../../../support/standards-kit.ts';
import { standardsDir } from '../standards.ts';
import { checkPublished, runOpenBadges3, verifyPublished } from './ob3-fixture.ts';

const seed = generateSeedHex();
let data: StageData;
let run: BuildRun;
let files: Map<string, Buffer>;

beforeAll(async () => {
	data = await loadFixtureSite();
	run = await runOpenBadges3(data, { OB_SALT_SECRET: secret, OB3_SIGNING_KEY: seed, BUILD_DATE: now.toISOString() });
	files = await readTree(run.outDir);
});

type Json = Record<string, any>;
const json = (file: string) => JSON.parse(files.get(file)!.toString('utf8')) as Json;
const credentialFiles = () => [...files.keys()].filter((file) => file.startsWith('ob3/credentials/')).sort();
const anaSlug = () => data.site.portfolios.find((portfolio) => portfolio.name === 'Ana García')!.slug;

describe('open badges 3.0 integration', () => {
	it('writes a credential per published award (revoked too) and completed stack, profiles, status lists, did.json and a bundle per educator', () => {
		const { catalog } = data;
		expect(credentialFiles()).toEqual(
			[...['aw-001', 'aw-002', 'aw-003', 'aw-004', 'aw-005', 'aw-006', 'aw-007'].map((id) => `ob3/credentials/${id}.json`), `ob3/credentials/formative-assessment.${anaSlug()}.json`, 'ob3/credentials/classroom-craft.wang-fang.json'].sort(),
		);
		expect([...files.keys()].filter((file) => !file.startsWith('ob3/credentials/')).sort()).toEqual(
			[
				...catalog.issuers.flatMap((entry) => [`ob3/issuers/${entry.id}.json`, `ob3/status/${entry.id}.json`]),
				'did.json',
				...data.site.portfolios.map((portfolio) => `educators/${portfolio.slug}/credentials.json`),
			].sort(),
		);
		expect(run.warnings).toEqual([]);
		expect(run.info).toEqual([expect.stringMatching(new RegExp(`^open badges 3.0: ${files.size} files in \\d+ ms; ${credentialFiles().length + catalog.issuers.length} signed \\(\\d+\\.\\d ms each\\), 0 reused from cache$`))]);
	});

	it('gives no private educator a credential or bundle', () => {
		expect(files.has('ob3/credentials/aw-008.json')).toBe(false);
		expect([...files.values()].some((bytes) => bytes.includes('sean@example.org') || bytes.includes('Seán'))).toBe(false);
	});

	it('builds the credential the issue lists, hashing the email with the OB 2.0 salt', () => {
		const credential = json('ob3/credentials/aw-001.json');
		const assertionSalt = credential['credentialSubject'].identifier[0].salt;
		expect(credential).toMatchObject({
			'@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json'],
			id: `${siteRoot}ob3/credentials/aw-001.json`,
			type: ['VerifiableCredential', 'OpenBadgeCredential'],
			issuer: expect.stringMatching(new RegExp(`^${siteRoot}ob3/issuers/[a-z-]+\\.json$`)),
			validFrom: '2024-03-01T00:00:00Z',
			credentialSubject: {
				type: ['AchievementSubject'],
				identifier: [{ type: 'IdentityObject', identityType: 'emailAddress', hashed: true, identityHash: expect.stringMatching(/^sha256\$[0-9a-f]{64}$/) }],
				achievement: {
					id: `${siteRoot}credentials/wait-time/`,
					achievementType: 'MicroCredential',
					criteria: { id: `${siteRoot}credentials/wait-time/`, narrative: expect.stringContaining('or above') },
					creditsAvailable: expect.any(Number),
					resultDescription: [{ type: ['ResultDescription'], resultType: 'RubricCriterionLevel' }],
				},
				result: [{ type: ['Result'], value: 'Proficient' }],
			},
			evidence: expect.arrayContaining([{ type: ['Evidence'], genre: 'Reflection', narrative: expect.stringContaining('Students who rarely spoke') }]),
			credentialSchema: [{ id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json', type: '1EdTechJsonSchemaValidator2019' }],
			credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation' },
			proof: [{ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', created: '2025-01-15T12:00:00Z' }],
		});
		const level = credential['credentialSubject'].result[0].achievedLevel;
		expect(credential['credentialSubject'].achievement.resultDescription[0].rubricCriterionLevel.map((item: Json) => item.id)).toContain(level);
		expect(assertionSalt).toMatch(/^[0-9a-f]{32}$/);
		expect(json('ob3/credentials/aw-002.json')['validUntil']).toBe('2025-05-01T00:00:00Z');
		// Lee has no email: the subject is their portfolio.
		expect(json('ob3/credentials/aw-007.json')['credentialSubject']).toMatchObject({ id: `${siteRoot}educators/lee-park/` });
	});

	const verifyWithEmail = (credential: object, email: string) => verifyCredential(credential, { documentLoader: createDocumentLoader({ fetchDocument: async () => ({}) }), now, email });
	const knownIssuers = () => new Map(data.catalog.issuers.map((entry) => [`${siteRoot}ob3/issuers/${entry.id}.json`, entry.data.name]));

	it('our verifier passes every check of every credential, and says revoked for the revoked award only', async () => {
		for (const file of credentialFiles()) {
			const checklist = await checkPublished(json(file), run.outDir, { now, knownIssuers: knownIssuers() });
			const revoked = file === 'ob3/credentials/aw-003.json';
			expect({ file, outcomes: Object.fromEntries(checklist.checks.map((item) => [item.id, item.outcome])) }).toEqual({
				file,
				outcomes: { format: 'pass', signature: 'pass', key: 'pass', issuer: 'pass', status: revoked ? 'fail' : 'pass', dates: 'pass', schema: 'pass', recipient: 'skip' },
			});
		}
	});

	it("the recipient check matches the educator's email however it is typed, and no other", async () => {
		const credential = json('ob3/credentials/aw-001.json');
		const outcome = async (email: string) => (await verifyWithEmail(credential, email)).checks.find((item) => item.id === 'recipient')?.outcome;
		expect(await outcome(' Ana.Garcia@example.org ')).toBe('pass');
		expect(await outcome('someone.else@example.org')).toBe('fail');
	});

	it("Digital Bazaar's verifier agrees: every credential verifies, and only the revoked award has its status bit set", async () => {
		for (const file of credentialFiles()) {
			const result = await verifyPublished(json(file), run.outDir, now);
			expect({ file, verified: result.verified, error: result.error }).toEqual({ file, verified: true, error: undefined });
			// It reports a revoked credential as verified, with the bit in statusResult.
			expect({ file, revoked: result.statusResult?.results?.[0]?.status }).toEqual({ file, revoked: file === 'ob3/credentials/aw-003.json' });
		}
	});

	it('a stack completed with an award revoked later stays published at the same status index, revoked', async () => {
		const stackFile = `ob3/credentials/formative-assessment.${anaSlug()}.json`;
		const before = json(stackFile);
		const changed = structuredClone(data);
		const ana = changed.site.portfolios.find((portfolio) => portfolio.slug === anaSlug())!;
		ana.awards.find((award) => award.awardId === 'aw-006')!.status = 'revoked';
		// As the portfolio model derives it: the stack is no longer complete.
		ana.stacks.completed = ana.stacks.completed.filter((progress) => progress.stackId !== 'formative-assessment');
		const after = await runOpenBadges3(changed, { OB_SALT_SECRET: secret, OB3_SIGNING_KEY: seed, BUILD_DATE: now.toISOString() });
		const withdrawn = JSON.parse(await readFile(path.join(after.outDir, stackFile), 'utf8')) as Json;
		expect(withdrawn['credentialStatus']).toEqual(before['credentialStatus']);
		for (const credential of [before, withdrawn]) {
			const checklist = await checkPublished(credential, after.outDir, { now, knownIssuers: knownIssuers() });
			expect(checklist.checks.filter((item) => item.id === 'signature' || item.id === 'status').map((item) => item.outcome)).toEqual(['pass', 'fail']);
		}
	});

	it("status indexes hold their place when an educator turns private: every award of the export claims a slot, published or not", () => {
		const index = buildCatalogIndex(data.catalog);
		const lookup = new AchievementLookup(index);
		const all = assignAllStatusIndexes(data, lookup);
		const privateAward = data.exported.awards.find((award) => award.award_id === 'aw-008')!;
		expect(all.get(index.credential(privateAward.credential_id).data.issuer)?.has('aw-008')).toBe(true);
		// An educator who turns private leaves the portfolios but not the export, so no other index moves.
		const ana = anaSlug();
		const without = assignAllStatusIndexes({ ...data, site: { ...data.site, portfolios: data.site.portfolios.filter((portfolio) => portfolio.slug !== ana) } }, lookup);
		for (const [issuer, indexes] of all) {
			const kept = [...indexes].filter(([key]) => !key.endsWith(`.${ana}`));
			expect(kept).toEqual([...(without.get(issuer) ?? [])]);
		}
	});

	it('sets exactly the revoked award bit in its issuer list', async () => {
		const credential = json('ob3/credentials/aw-003.json');
		const { statusListCredential, statusListIndex } = credential['credentialStatus'];
		const list = json(statusListCredential.slice(siteRoot.length));
		const decoded = await decodeList({ encodedList: list['credentialSubject'].encodedList });
		expect(decoded.getStatus(Number(statusListIndex))).toBe(true);
		let set = 0;
		for (let index = 0; index < decoded.length; index += 1) if (decoded.getStatus(index)) set += 1;
		expect(set).toBe(1);
	});

	it('changing any signed field of a credential breaks its signature', async () => {
		const credential = json('ob3/credentials/aw-001.json');
		const leaves: string[][] = [];
		const walk = (value: unknown, at: string[]) => {
			if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, [...at, key]);
			else leaves.push(at);
		};
		const { proof, ...signedFields } = credential;
		walk(signedFields, []);
		expect(leaves.length).toBeGreaterThan(30);
		for (const at of leaves) {
			const tampered = structuredClone(credential);
			const parent = at.slice(0, -1).reduce((node: Json, key) => node[key], tampered);
			const key = at.at(-1)!;
			const value = parent[key];
			parent[key] = typeof value === 'string' ? `${value.slice(0, -1)}${value.endsWith('x') ? 'y' : 'x'}` : typeof value === 'number' ? value + 1 : !value;
			const signature = (await checkPublished(tampered, run.outDir, { now, knownIssuers: knownIssuers() })).checks.find((item) => item.id === 'signature');
			expect({ field: at.join('.'), signature: signature?.outcome }).toEqual({ field: at.join('.'), signature: 'fail' });
		}
	});

	it('profiles, the did:web document and the presentations expand as JSON-LD in safe mode (every term defined), offline', async () => {
		const documentLoader = createDocumentLoader();
		const unsigned = [...files.keys()].filter((file) => file.startsWith('ob3/issuers/') || file === 'did.json' || file.endsWith('/credentials.json'));
		expect(unsigned.length).toBeGreaterThan(3);
		for (const file of unsigned) {
			const options: Options.Expand & { safe: boolean } = {
				documentLoader: async (url: string) => {
					const { documentUrl, document } = await documentLoader(url);
					return { documentUrl, document: document as RemoteDocument['document'] };
				},
				safe: true,
			};
			const expanded = await jsonld.expand(json(file) as JsonLdDocument, options);
			expect({ file, nodes: expanded.length }).toEqual({ file, nodes: 1 });
		}
	});

	it('every presentation holds exactly the signed credentials of its educator', () => {
		const bundle = json(`educators/${anaSlug()}/credentials.json`);
		expect(bundle).toMatchObject({ '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiablePresentation'] });
		const ids = (bundle['verifiableCredential'] as Json[]).map((credential) => credential['id']);
		expect(ids.sort()).toEqual(['aw-001', 'aw-002', 'aw-006', `formative-assessment.${anaSlug()}`].map((key) => `${siteRoot}ob3/credentials/${key}.json`).sort());
		for (const credential of bundle['verifiableCredential'] as Json[]) expect(credential).toEqual(json(credential['id'].slice(siteRoot.length)));
	});

	it('never writes the private key anywhere in the output', () => {
		for (const [file, bytes] of files) {
			expect({ file, leaks: bytes.includes(seed) || bytes.includes(Buffer.from(seed, 'hex')) }).toEqual({ file, leaks: false });
		}
	});

	it('a warm rebuild signs nothing and writes identical bytes; a changed award is the only new signature', async () => {
		const cacheDir = await makeTempDir();
		let signatures = 0;
		const sign: typeof signCredential = async (document, options) => {
			signatures += 1;
			return signCredential(document, options);
		};
		const env = { OB_SALT_SECRET: secret, OB3_SIGNING_KEY: seed, BUILD_DATE: now.toISOString() };
		const cold = await runOpenBadges3(data, env, { cacheDir, sign });
		expect(signatures).toBe(credentialFiles().length + data.catalog.issuers.length);
		// Signing on this thread and on the worker pool (the first build) gives the same bytes.
		expect(await readTree(cold.outDir)).toEqual(files);
		signatures = 0;
		const warm = await runOpenBadges3(data, env, { cacheDir, sign });
		expect(signatures).toBe(0);
		expect(warm.info[0]).toMatch(/; 0 signed, \d+ reused from cache$/);
		expect(await readTree(warm.outDir)).toEqual(await readTree(cold.outDir));

		const changed = structuredClone(data);
		const award = changed.site.portfolios.flatMap((portfolio) => portfolio.awards).find((item) => item.awardId === 'aw-004')!;
		award.rubricLevel = 'Proficient';
		await runOpenBadges3(changed, env, { cacheDir, sign });
		expect(signatures).toBe(1);
	});

	it('after a key rotation, copies signed with the old key still verify while its public key stays listed, and stop when it is removed', async () => {
		const oldCopy = json('ob3/credentials/aw-001.json');
		const newSeed = generateSeedHex();
		const oldPublic = await publicKeyOf(Uint8Array.from(Buffer.from(seed, 'hex')));
		const env = { OB_SALT_SECRET: secret, BUILD_DATE: now.toISOString() };
		const rotated = await runOpenBadges3(data, { ...env, OB3_SIGNING_KEY: `${newSeed}\n${oldPublic}` });
		const signature = async (credential: Json, outDir: string) => (await checkPublished(credential, outDir, { now, knownIssuers: knownIssuers() })).checks.filter((item) => item.id === 'signature' || item.id === 'key').map((item) => item.outcome);
		const reissued = JSON.parse(await readFile(path.join(rotated.outDir, 'ob3/credentials/aw-001.json'), 'utf8')) as Json;
		expect(reissued['proof'][0].verificationMethod).not.toBe(oldCopy['proof'][0].verificationMethod);
		expect(await signature(reissued, rotated.outDir)).toEqual(['pass', 'pass']);
		expect(await signature(oldCopy, rotated.outDir)).toEqual(['pass', 'pass']);

		const revokedKey = await runOpenBadges3(data, { ...env, OB3_SIGNING_KEY: newSeed });
		expect(await signature(oldCopy, revokedKey.outDir)).toContain('fail');
	});

	it('without a key, signs with a development key kept in the cache and warns', async () => {
		const cacheDir = await makeTempDir();
		const demo = await runOpenBadges3(data, { OB_SALT_SECRET: secret, BUILD_DATE: now.toISOString() }, { cacheDir });
		expect(demo.warnings).toEqual([expect.stringContaining('credentials are signed with a development key')]);
		const key = (await readFile(path.join(cacheDir, 'ob3', 'demo-signing-key.txt'), 'utf8')).match(/^[0-9a-f]{64}$/m)![0];
		const output = await readTree(demo.outDir);
		expect([...output.values()].some((bytes) => bytes.includes(key))).toBe(false);
		expect((await verifyPublished(JSON.parse(output.get('ob3/credentials/aw-001.json')!.toString('utf8')), demo.outDir, now)).verified).toBe(true);
	});
});

const schemaDir = new URL('ob3/schema/', standardsDir);

describe.skipIf(kitAbsent)('open badges 3.0 files against the 1EdTech JSON schemas (standards kit ob3/schema)', needsKit, () => {
	async function validator(name: string) {
		const ajv = new Ajv2019({ strict: false, allErrors: true });
		addFormats(ajv);
		return ajv.compile(JSON.parse(await readFile(new URL(name, schemaDir), 'utf8')) as object);
	}

	it('every credential, including those in the bundles, matches the AchievementCredential schema', async () => {
		const validate = await validator('achievementcredential.json');
		const bundled = [...files.keys()].filter((file) => file.endsWith('/credentials.json')).flatMap((file) => json(file)['verifiableCredential'] as Json[]);
		for (const [file, credential] of [...credentialFiles().map((file) => [file, json(file)] as const), ...bundled.map((item) => [item['id'], item] as const)]) {
			expect({ file, valid: validate(credential), errors: validate.errors ?? null }).toEqual({ file, valid: true, errors: null });
		}
		// The schema is enforced, not vacuous: the signing libraries' single proof object fails it.
		const credential = json('ob3/credentials/aw-001.json');
		expect(validate({ ...credential, proof: credential['proof'][0] })).toBe(false);
	});

	it('every issuer profile matches the Profile schema', async () => {
		const validate = await validator('profile.json');
		for (const file of [...files.keys()].filter((item) => item.startsWith('ob3/issuers/'))) {
			expect({ file, valid: validate(json(file)), errors: validate.errors ?? null }).toEqual({ file, valid: true, errors: null });
		}
	});
});
