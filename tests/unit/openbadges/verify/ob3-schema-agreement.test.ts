import { readdir, readFile } from 'node:fs/promises';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { isJsonObject, type JsonObject } from '../../../../src/openbadges/json.ts';
import { findSchemaProblems, normaliseForSchema } from '../../../../src/openbadges/verify/check-ob3-schema.ts';
import { standardsDir } from '../standards.ts';
import { needsKit } from '../../../support/standards-kit.ts';
import { kitPresent, ob30Dir, readKitJson } from './ob30-kit.ts';

/**
 * The browser cannot run the 1EdTech schema (no npm package ships it, and its files may not be
 * copied into the repository), so the verifier's `findSchemaProblems` is a structural port. This
 * runs the real schema from the standards kit with ajv on every VC 2.0 case of the kit, and on
 * variants of them, and requires the two to agree.
 */
const VC_V2 = 'https://www.w3.org/ns/credentials/v2';

async function compileKitSchema() {
	const ajv = new Ajv2019({ strict: false, allErrors: true });
	addFormats(ajv);
	return ajv.compile(JSON.parse(await readFile(new URL('ob3/schema/achievementcredential.json', standardsDir), 'utf8')));
}

async function vc2Cases(): Promise<Array<[string, JsonObject]>> {
	const names = [...(await readdir(ob30Dir)).filter((name) => name.endsWith('.json')), ...(await readdir(new URL('bit-string-list/', ob30Dir))).filter((name) => name.endsWith('.json')).map((name) => `bit-string-list/${name}`)];
	const cases: Array<[string, JsonObject]> = [];
	for (const name of names.sort()) {
		const document = await readKitJson(name);
		if (Array.isArray(document['@context']) && document['@context'][0] === VC_V2) cases.push([name, normaliseForSchema(document)]);
	}
	return cases;
}

/** Breaks one required field or class type at a time, to test agreement beyond the kit's own mistakes. */
function variants(document: JsonObject): Array<[string, JsonObject]> {
	const copy = () => structuredClone(document) as JsonObject & { credentialSubject: JsonObject };
	const out: Array<[string, JsonObject]> = [];
	for (const field of ['id', 'type', 'issuer', 'validFrom', 'credentialSubject', '@context']) {
		const broken = copy();
		delete broken[field];
		out.push([`without ${field}`, broken]);
	}
	const achievement = copy();
	if (isJsonObject(achievement.credentialSubject['achievement'])) delete achievement.credentialSubject['achievement']['criteria'];
	out.push(['achievement without criteria', achievement]);
	const stringType = copy();
	stringType.credentialSubject['type'] = 'AchievementSubject';
	out.push(['credentialSubject.type as a string', stringType]);
	const issuerString = copy();
	issuerString['issuer'] = 'https://example.com/issuers/876543';
	out.push(['issuer as a URL', issuerString]);
	return out;
}

describe.skipIf(!kitPresent)('the verifier\'s 1EdTech schema check agrees with the real schema (standards kit ob3/schema)', needsKit, () => {
	it('on every VC 2.0 case of conformance/ob30 and variants of each', async () => {
		const validate = await compileKitSchema();
		const cases = await vc2Cases();
		expect(cases.length).toBeGreaterThan(10);
		const disagreements: string[] = [];
		let invalidSeen = 0;
		for (const [name, document] of cases) {
			for (const [variant, candidate] of [['as is', document] as [string, JsonObject], ...variants(document)]) {
				const real = validate(candidate) === true;
				const ours = findSchemaProblems(candidate);
				if (!real) invalidSeen += 1;
				if (real !== (ours.length === 0)) disagreements.push(`${name} (${variant}): schema says ${real ? 'valid' : JSON.stringify(validate.errors?.slice(0, 2))}, ours says ${ours.length === 0 ? 'valid' : ours.join('; ')}`);
			}
		}
		expect(invalidSeen).toBeGreaterThan(cases.length);
		expect(disagreements).toEqual([]);
	});
});
