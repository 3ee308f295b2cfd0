/** The OB 2.0 JSON-LD context every file we emit names. */
export const OB_V2_CONTEXT = 'https://w3id.org/openbadges/v2';

/** Both published addresses of the same OB 2.0 context. */
export const OB_V2_CONTEXT_URLS: readonly string[] = [OB_V2_CONTEXT, 'https://openbadgespec.org/v2/context.json'];

/** The namespace the OB 2.0 context maps `obi:` to; an inline copy of the context must declare it. */
export const OB_NAMESPACE = 'https://w3id.org/openbadges#';

/**
 * Class terms the OB 2.0 context defines. A `type` that is neither one of these nor an IRI
 * expands to nothing in JSON-LD, so verifiers treat it as an unknown class.
 */
export const OB_V2_CLASS_TERMS: ReadonlySet<string> = new Set([
	'AlignmentObject',
	'Assertion',
	'BadgeClass',
	'Criteria',
	'CryptographicKey',
	'Endorsement',
	'Evidence',
	'Extension',
	'FrameValidation',
	'HostedBadge',
	'IdentityObject',
	'Image',
	'Issuer',
	'Profile',
	'RevocationList',
	'SignedBadge',
	'TypeValidation',
	'VerificationObject',
	'hosted',
	'signed',
]);
