import { readFile } from 'node:fs/promises';
import { createDocumentLoader, type DocumentLoader } from '../../../../src/openbadges/ob3/document-loader.ts';
import { kitAbsent } from '../../../support/standards-kit.ts';
import { standardsDir } from '../standards.ts';

/** The kit's OB 3.0 validator cases. */
export const ob30Dir = new URL('conformance/ob30/', standardsDir);
export const kitPresent = !kitAbsent;

/** The public key of the spec's test key pair, which signed most of the kit's cases. */
export const SPEC_TEST_KEY = 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi';
/** The second key of the kit: its baked badges (`simple-json.png/.svg`) are signed with it. */
export const BAKED_BADGE_KEY = 'z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x';

/** Issuers the kit's cases name; their profiles are not in the kit, so the harness publishes them as the issuers would. */
const KIT_ISSUERS = ['https://example.com/issuers/876543', 'https://1edtech.edu/issuers/565049', 'https://example.edu/issuers/565049'];

/** Where the kit's bitstring cases say their status list lives (1EdTech's copy of `bit-string-list/testlist`). */
const TESTLIST_URL = 'https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist';

/** The issuer's 1EdTech revocation list the kit's `credential-status-revoked.json` points to. */
const REVOCATION_LIST_URL = 'https://dc.1edtech.org/wellspring2022/wellspring-portal/api/revocations/da1e96e9-afcc-4eed-b9a2-2ddf7353214c';

/** An issuer Profile listing the kit's keys under the key ids its proofs use (`<issuer>#<multibase key>`). */
export function kitIssuerProfile(issuerId: string, keys: readonly string[] = [SPEC_TEST_KEY, BAKED_BADGE_KEY]): Record<string, unknown> {
	const methods = keys.map((publicKeyMultibase) => ({ id: `${issuerId}#${publicKeyMultibase}`, type: 'Multikey', controller: issuerId, publicKeyMultibase }));
	return {
		'@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
		id: issuerId,
		verificationMethod: methods,
		assertionMethod: methods.map((method) => method.id),
	};
}

export async function readKitJson(name: string): Promise<Record<string, unknown>> {
	return JSON.parse(await readFile(new URL(name, ob30Dir), 'utf8')) as Record<string, unknown>;
}

/**
 * Serves the kit's cases offline, as the 1EdTech validator's own tests do: the issuers' profiles,
 * the kit's status list at the URL its cases name, and a 1EdTech revocation list that revokes the
 * credential of `credential-status-revoked.json` (the case exists to be found revoked).
 */
export async function kitDocumentLoader(extra: ReadonlyMap<string, unknown> = new Map()): Promise<DocumentLoader> {
	const documents = new Map<string, unknown>(KIT_ISSUERS.map((id) => [id, kitIssuerProfile(id)]));
	documents.set(TESTLIST_URL, await readKitJson('bit-string-list/testlist'));
	const revokedCase = await readKitJson('credential-status-revoked.json');
	documents.set(REVOCATION_LIST_URL, { id: REVOCATION_LIST_URL, issuer: revokedCase['issuer'], revokedCredentials: [{ id: revokedCase['id'], revocationReason: 'Revoked for the conformance test.' }] });
	for (const [url, document] of extra) documents.set(url, document);
	return createDocumentLoader({
		documents,
		fetchDocument: async (url) => {
			throw new Error(`404 Not Found: ${url} (the offline test harness has no copy)`);
		},
	});
}
