import { readFile } from 'node:fs/promises';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { verifyCredential } from '@digitalbazaar/vc';
import { describe, expect, it } from 'vitest';
import { createDocumentLoader } from '../../../../src/openbadges/ob3/document-loader.ts';
import { signCredential } from '../../../../src/openbadges/ob3/sign-credential.ts';
import { kitAbsent, needsKit } from '../../../support/standards-kit.ts';
import { standardsDir } from '../standards.ts';

const vectorFile = new URL('ob3/test-vectors/linked-data-proof-ob.html', standardsDir);

/** The text of the spec page's `<pre … title="…">` block. */
function preBlock(html: string, title: string): string {
	const match = new RegExp(`<pre[^>]*title="${title}"[^>]*>([\\s\\S]*?)</pre`).exec(html);
	if (match?.[1] === undefined) throw new Error(`linked-data-proof-ob.html has no <pre title="${title}">`);
	return match[1];
}

function field(text: string, name: string): string {
	const match = new RegExp(`["']?${name}["']?\\s*:\\s*["']([^"']+)["']`).exec(text);
	if (match?.[1] === undefined) throw new Error(`linked-data-proof-ob.html: no ${name}`);
	return match[1];
}

describe.skipIf(kitAbsent)('OB 3.0 golden vector (standards kit ob3/test-vectors)', needsKit, () => {
	async function readVector() {
		const html = await readFile(vectorFile, 'utf8');
		const multikey = preBlock(html, 'Multikey');
		const proof = preBlock(html, 'Proof');
		return {
			credential: JSON.parse(preBlock(html, 'Credential')) as Record<string, unknown>,
			key: {
				type: 'Multikey',
				id: field(multikey, 'id'),
				controller: field(multikey, 'controller'),
				publicKeyMultibase: field(multikey, 'publicKeyMultibase'),
				secretKeyMultibase: field(multikey, 'secretKeyMultibase'),
			},
			created: field(proof, 'created'),
			proofValue: field(proof, 'proofValue'),
		};
	}

	it('signing the spec credential with the spec key and created reproduces its proofValue', async () => {
		const vector = await readVector();
		const keyPair = await Ed25519Multikey.from(vector.key);
		const signed = await signCredential(vector.credential, { keyPair, created: vector.created, documentLoader: createDocumentLoader() });
		expect(signed['proof']).toEqual([
			{
				type: 'DataIntegrityProof',
				created: vector.created,
				verificationMethod: vector.key.id,
				cryptosuite: 'eddsa-rdfc-2022',
				proofPurpose: 'assertionMethod',
				proofValue: vector.proofValue,
			},
		]);
		expect(vector.proofValue).toBe('z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVEDYHxCzgkCr');
	});

	it('the signed vector verifies with the key found inside the issuer profile, and fails when a byte changes', async () => {
		const vector = await readVector();
		const keyPair = await Ed25519Multikey.from(vector.key);
		const signed = await signCredential(vector.credential, { keyPair, created: vector.created, documentLoader: createDocumentLoader() });
		// The spec's verification method is a fragment of the issuer id: the loader must find it inside the profile.
		const profile = {
			'@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', 'https://w3id.org/security/multikey/v1', 'https://www.w3.org/ns/did/v1'],
			id: vector.key.controller,
			type: ['Profile'],
			name: 'Example Corp',
			verificationMethod: [{ id: vector.key.id, type: 'Multikey', controller: vector.key.controller, publicKeyMultibase: vector.key.publicKeyMultibase }],
			assertionMethod: [vector.key.id],
		};
		const documentLoader = createDocumentLoader({ documents: new Map([[vector.key.controller, profile]]) });
		const suite = new DataIntegrityProof({ cryptosuite });
		const good = await verifyCredential({ credential: signed, suite, documentLoader });
		expect(good.error).toBeUndefined();
		expect(good.verified).toBe(true);

		const tampered = structuredClone(signed) as { name: string };
		tampered.name = 'Teamwork Badgf';
		expect((await verifyCredential({ credential: tampered, suite, documentLoader })).verified).toBe(false);
	});
});
