/** Shapes of the Open Badges 3.0 files we publish; property names are the spec's. */

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';
export const DID_V1_CONTEXT = 'https://www.w3.org/ns/did/v1';

/** Defines the 1EdTech extension types, among them `1EdTechJsonSchemaValidator2019` of `credentialSchema`. */
export const OB_V3_EXTENSIONS_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';

/** Contexts of every OpenBadgeCredential we sign, in the order the 1EdTech schema requires. */
export const OB3_CONTEXTS = [VC_V2_CONTEXT, OB_V3_CONTEXT, OB_V3_EXTENSIONS_CONTEXT] as const;

/** The 1EdTech JSON Schema every AchievementCredential / OpenBadgeCredential names and must satisfy. */
export const ACHIEVEMENT_CREDENTIAL_SCHEMA = {
	id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
	type: '1EdTechJsonSchemaValidator2019',
} as const;

export interface Ob3Image {
	id: string;
	type: 'Image';
	caption?: string;
}

export interface Ob3Alignment {
	type: string[];
	targetName: string;
	targetUrl: string;
	targetFramework?: string;
	targetCode?: string;
	targetDescription?: string;
}

export interface Ob3RubricCriterionLevel {
	id: string;
	type: string[];
	name: string;
	level?: string;
	description?: string;
}

export interface Ob3ResultDescription {
	id: string;
	type: string[];
	name: string;
	resultType: string;
	allowedValue?: string[];
	requiredLevel?: string;
	rubricCriterionLevel?: Ob3RubricCriterionLevel[];
}

export interface Ob3Achievement {
	id: string;
	type: string[];
	achievementType: 'MicroCredential';
	name: string;
	description: string;
	criteria: { id?: string; narrative?: string };
	image: Ob3Image;
	creditsAvailable?: number;
	alignment?: Ob3Alignment[];
	tag?: string[];
	resultDescription?: Ob3ResultDescription[];
	version?: string;
}

export interface Ob3Result {
	type: string[];
	resultDescription?: string;
	achievedLevel?: string;
	value?: string;
}

export interface Ob3IdentityObject {
	type: 'IdentityObject';
	identityHash: string;
	identityType: 'emailAddress';
	hashed: true;
	salt: string;
}

export interface Ob3Evidence {
	id?: string;
	type: string[];
	name?: string;
	description?: string;
	narrative?: string;
	genre?: string;
}

export interface BitstringStatusListEntry {
	id: string;
	type: 'BitstringStatusListEntry';
	statusPurpose: 'revocation';
	/** A string, as the Bitstring Status List spec defines it. */
	statusListIndex: string;
	statusListCredential: string;
}

export interface DataIntegrityProofValue {
	type: 'DataIntegrityProof';
	cryptosuite: string;
	created?: string;
	verificationMethod: string;
	proofPurpose: string;
	proofValue: string;
}

/** An unsigned OpenBadgeCredential; signing adds `proof`. */
export interface OpenBadgeCredential {
	'@context': string[];
	id: string;
	type: ['VerifiableCredential', 'OpenBadgeCredential'];
	/** The issuer Profile's URL. */
	issuer: string;
	validFrom: string;
	validUntil?: string;
	name: string;
	credentialSubject: {
		type: string[];
		id?: string;
		identifier?: Ob3IdentityObject[];
		creditsEarned?: number;
		achievement: Ob3Achievement;
		result?: Ob3Result[];
	};
	evidence?: Ob3Evidence[];
	credentialSchema: { id: string; type: string }[];
	credentialStatus: BitstringStatusListEntry;
}

/** A Multikey as listed in a Profile or DID document. */
export interface Ob3Multikey {
	id: string;
	type: 'Multikey';
	controller: string;
	publicKeyMultibase: string;
}
