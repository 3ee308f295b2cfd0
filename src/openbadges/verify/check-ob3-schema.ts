import { isJsonObject, toList } from '../json.ts';
import { check, type Check } from './checklist.ts';

/**
 * A structural port of the 1EdTech AchievementCredential JSON Schema (OB 3.0.3): for every class
 * the schema defines, its required properties, the rule its `type` follows, and which properties
 * hold which classes. No npm package ships the schema and the 1EdTech files may not be copied
 * into this repository, so the browser cannot run the real one; the unit test
 * `ob3-schema-agreement.test.ts` runs the real schema (from the standards kit) with ajv on the
 * same documents and fails if the two ever disagree. Value formats (dates, URIs, vocabularies
 * such as `achievementType`) are not checked here.
 */
interface Shape {
	required: readonly string[];
	/** `array`: a list holding the class name (e.g. ["AchievementSubject"]); `enum`: exactly the class name; `string`: any text. */
	type: { rule: 'array'; includes: readonly string[][] } | { rule: 'enum'; value: string } | { rule: 'string' };
	/** Property -> class of its value (`[]` suffix on the class: a list of them). */
	holds?: Readonly<Record<string, string>>;
}

const arrayOf = (...groups: string[][]): Shape['type'] => ({ rule: 'array', includes: groups });
const STRING: Shape['type'] = { rule: 'string' };

const SHAPES: Readonly<Record<string, Shape>> = {
	AchievementCredential: {
		required: ['@context', 'id', 'type', 'credentialSubject', 'issuer', 'validFrom'],
		type: arrayOf(['VerifiableCredential'], ['AchievementCredential', 'OpenBadgeCredential']),
		holds: { image: 'Image', credentialSubject: 'AchievementSubject', endorsement: 'EndorsementCredential[]', evidence: 'Evidence[]', issuer: 'ProfileRef', proof: 'Proof[]', credentialSchema: 'CredentialSchema[]', credentialStatus: 'CredentialStatus', refreshService: 'RefreshService', termsOfUse: 'TermsOfUse[]' },
	},
	EndorsementCredential: {
		required: ['@context', 'type', 'id', 'name', 'credentialSubject', 'issuer', 'validFrom'],
		type: arrayOf(['VerifiableCredential'], ['EndorsementCredential']),
		holds: { credentialSubject: 'EndorsementSubject', issuer: 'ProfileRef', proof: 'Proof[]', credentialSchema: 'CredentialSchema[]', credentialStatus: 'CredentialStatus', refreshService: 'RefreshService', termsOfUse: 'TermsOfUse[]' },
	},
	AchievementSubject: { required: ['type', 'achievement'], type: arrayOf(['AchievementSubject']), holds: { achievement: 'Achievement', identifier: 'IdentityObject[]', image: 'Image', result: 'Result[]', source: 'Profile' } },
	Achievement: {
		required: ['id', 'type', 'criteria', 'description', 'name'],
		type: arrayOf(['Achievement']),
		holds: { alignment: 'Alignment[]', creator: 'Profile', criteria: 'Criteria', endorsement: 'EndorsementCredential[]', image: 'Image', otherIdentifier: 'IdentifierEntry[]', related: 'Related[]', resultDescription: 'ResultDescription[]' },
	},
	Profile: { required: ['id', 'type'], type: arrayOf(['Profile']), holds: { endorsement: 'EndorsementCredential[]', image: 'Image', address: 'Address', otherIdentifier: 'IdentifierEntry[]', parentOrg: 'Profile' } },
	IdentityObject: { required: ['type', 'hashed', 'identityHash', 'identityType'], type: { rule: 'enum', value: 'IdentityObject' } },
	IdentifierEntry: { required: ['type', 'identifier', 'identifierType'], type: { rule: 'enum', value: 'IdentifierEntry' } },
	Image: { required: ['id', 'type'], type: { rule: 'enum', value: 'Image' } },
	GeoCoordinates: { required: ['type', 'latitude', 'longitude'], type: { rule: 'enum', value: 'GeoCoordinates' } },
	Evidence: { required: ['type'], type: arrayOf(['Evidence']) },
	EndorsementSubject: { required: ['id', 'type'], type: arrayOf(['EndorsementSubject']) },
	Alignment: { required: ['type', 'targetName', 'targetUrl'], type: arrayOf(['Alignment']) },
	Result: { required: ['type'], type: arrayOf(['Result']), holds: { alignment: 'Alignment[]' } },
	ResultDescription: { required: ['id', 'type', 'name', 'resultType'], type: arrayOf(['ResultDescription']), holds: { alignment: 'Alignment[]', rubricCriterionLevel: 'RubricCriterionLevel[]' } },
	RubricCriterionLevel: { required: ['id', 'type', 'name'], type: arrayOf(['RubricCriterionLevel']), holds: { alignment: 'Alignment[]' } },
	Related: { required: ['id', 'type'], type: arrayOf(['Related']) },
	Address: { required: ['type'], type: arrayOf(['Address']), holds: { geo: 'GeoCoordinates' } },
	Criteria: { required: [], type: STRING },
	Proof: { required: ['type'], type: STRING },
	CredentialSchema: { required: ['id', 'type'], type: STRING },
	CredentialStatus: { required: ['id', 'type'], type: STRING },
	RefreshService: { required: ['id', 'type'], type: STRING },
	TermsOfUse: { required: ['type'], type: STRING },
};

/** Where the document breaks the schema, as `path: what is wrong`; empty when it conforms. */
export function findSchemaProblems(credential: unknown): string[] {
	const problems: string[] = [];
	visit(credential, 'AchievementCredential', '', problems);
	return problems;
}

function visit(value: unknown, className: string, path: string, problems: string[]): void {
	const where = path === '' ? '(the credential)' : path;
	if (className === 'ProfileRef') {
		// The schema accepts the issuer's URL or its Profile.
		if (typeof value !== 'string') visit(value, 'Profile', path, problems);
		return;
	}
	const shape = SHAPES[className];
	if (shape === undefined) return;
	if (!isJsonObject(value)) {
		problems.push(`${where}: must be a ${className} object`);
		return;
	}
	for (const property of shape.required) {
		if (value[property] === undefined) problems.push(`${join(path, property)}: missing (a ${className} requires it)`);
	}
	checkType(value['type'], shape.type, className, join(path, 'type'), problems);
	if (className === 'AchievementCredential' && value['@context'] !== undefined && !Array.isArray(value['@context'])) problems.push(`${join(path, '@context')}: must be a list`);
	for (const [property, holds] of Object.entries(shape.holds ?? {})) {
		const child = value[property];
		if (child === undefined) continue;
		const many = holds.endsWith('[]');
		const childClass = many ? holds.slice(0, -2) : holds;
		if (many && !Array.isArray(child)) {
			problems.push(`${join(path, property)}: must be a list of ${childClass}`);
			continue;
		}
		toList(child).forEach((item, index) => visit(item, childClass, many ? `${join(path, property)}[${index}]` : join(path, property), problems));
	}
}

function checkType(type: unknown, rule: Shape['type'], className: string, path: string, problems: string[]): void {
	if (type === undefined) return; // reported as missing when required
	if (rule.rule === 'string') {
		if (typeof type !== 'string') problems.push(`${path}: must be text`);
	} else if (rule.rule === 'enum') {
		if (type !== rule.value) problems.push(`${path}: must be "${rule.value}", not ${JSON.stringify(type)}`);
	} else if (!Array.isArray(type) || type.length === 0) {
		problems.push(`${path}: must be a list including ${rule.includes.map((group) => group.join(' or ')).join(' and ')}`);
	} else {
		for (const group of rule.includes) {
			if (!type.some((item) => group.includes(item as string))) problems.push(`${path}: must include ${group.map((name) => `"${name}"`).join(' or ')} (a ${className})`);
		}
	}
}

function join(path: string, property: string): string {
	return path === '' ? property : `${path}.${property}`;
}

/** VC 1.1 credentials predate OB 3.0.3's schema (it needs validFrom, VC 2.0's date). */
const VC_V1 = 'https://www.w3.org/2018/credentials/v1';

/**
 * Both verifiers we aim to agree with accept `proof` as one object (which the signing libraries
 * write) as well as the list the schema asks for, so it is listed before checking.
 */
export function normaliseForSchema(credential: Record<string, unknown>): Record<string, unknown> {
	return credential['proof'] === undefined || Array.isArray(credential['proof']) ? credential : { ...credential, proof: [credential['proof']] };
}

export function checkOb3Schema(credential: Record<string, unknown>): Check {
	if (toList(credential['@context'])[0] === VC_V1) {
		return check('schema', 'warn', 'This credential uses the older Verifiable Credentials 1.1 format, which the current 1EdTech schema does not describe, so its structure was not checked. Ask the issuer for an Open Badges 3.0 credential in the current format.');
	}
	const problems = findSchemaProblems(normaliseForSchema(credential));
	if (problems.length === 0) return check('schema', 'pass', 'The credential has every field the 1EdTech Open Badges 3.0 schema requires, with the right types.');
	return check(
		'schema',
		'fail',
		'The credential does not have the structure the Open Badges 3.0 standard requires, so badge software may read it wrongly or reject it. Ask the issuer to correct and reissue it.',
		problems.slice(0, 8).join('; ') + (problems.length > 8 ? `; and ${problems.length - 8} more` : ''),
	);
}
