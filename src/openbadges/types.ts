/** Shapes of the OB 2.0 hosted files we publish; property names are the spec's. */

export interface IssuerProfile {
	'@context': string;
	type: 'Issuer';
	id: string;
	name: string;
	url: string;
	email: string;
	description?: string;
	image?: string;
}

export interface AlignmentObject {
	type: 'AlignmentObject';
	targetName: string;
	targetUrl: string;
	targetFramework?: string;
	targetCode?: string;
	targetDescription?: string;
}

export interface Criteria {
	type: 'Criteria';
	id: string;
	narrative: string;
}

export interface BadgeClass {
	'@context': string;
	type: 'BadgeClass';
	id: string;
	name: string;
	description: string;
	image: string;
	criteria: Criteria;
	issuer: string;
	alignment?: AlignmentObject[];
	tags?: string[];
}

export interface IdentityObject {
	type: 'email' | 'url';
	hashed: true;
	salt: string;
	identity: string;
}

export interface Evidence {
	type: 'Evidence';
	id?: string;
	name?: string;
	genre?: string;
	description?: string;
	narrative?: string;
}

export interface Assertion {
	'@context': string;
	type: 'Assertion';
	id: string;
	recipient: IdentityObject;
	badge: string;
	issuedOn: string;
	expires?: string;
	image?: string;
	evidence?: Evidence[];
	verification: { type: 'hosted' };
}

/** What replaces an assertion file once the award is revoked, as the OB 2.0 spec shows it. */
export interface RevokedAssertion {
	'@context': string;
	id: string;
	type: 'Assertion';
	revoked: true;
	revocationReason: string;
}
