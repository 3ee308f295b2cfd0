import { createOb3Urls, createObUrls } from '../src/paths.ts';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { verifyCredential } from '@digitalbazaar/vc';
import { buildOb3Credential } from '../src/openbadges/ob3/build-credential.ts';
import { buildOb3Profile, keyId } from '../src/openbadges/ob3/build-profile.ts';
import { createDocumentLoader } from '../src/openbadges/ob3/document-loader.ts';
import { signCredential } from '../src/openbadges/ob3/sign-credential.ts';
import { generateSeedHex } from '../src/openbadges/ob3/signing-keys.ts';

// Prints the time to sign and to verify one OB 3.0 credential of typical size on this thread.
// Usage: npm run bench:signing [-- count]
const count = Number(process.argv[2] ?? 300);
const location = { site: 'https://badges.example.edu', base: '/' };
const urls = createObUrls(location);
const ob3Urls = createOb3Urls(location);
const issuer = ob3Urls.issuer('acme');
const keyPair = await Ed25519Multikey.generate({ seed: Uint8Array.from(Buffer.from(generateSeedHex(), 'hex')), controller: issuer });
keyPair.id = keyId(issuer, keyPair.publicKeyMultibase);
const profile = buildOb3Profile({ slug: 'acme', name: 'Acme', url: 'https://acme.example.org/', email: 'badges@acme.example.org' }, issuer, [keyPair.publicKeyMultibase], urls);
const documentLoader = createDocumentLoader({ documents: new Map([[issuer, profile]]) });

const credentials = Array.from({ length: count }, (_, index) =>
	buildOb3Credential(
		{
			key: `aw-${index}`,
			id: ob3Urls.credential(`aw-${index}`),
			issuer,
			name: 'Wait time',
			validFrom: new Date('2024-03-01T00:00:00Z'),
			email: `educator-${index}@example.org`,
			creditsEarned: 10,
			achievement: {
				page: '/credentials/wait-time/',
				name: 'Wait time',
				description: 'The educator pauses after questions so every student can think.',
				criteriaNarrative: 'An expert educator scores the submitted evidence (Lesson video; Reflection) against the rubric. The badge is awarded at Proficient or above.',
				image: '/images/badges/wait-time.png',
				creditsAvailable: 10,
				alignments: [{ framework: 'InTASC', name: 'Standard 8', url: 'https://example.org/intasc/8', code: '8(a)' }],
				tags: ['Questioning'],
				rubric: { levels: ['Beginning', 'Developing', 'Proficient', 'Exemplary'], passingLevel: 'Proficient' },
			},
			achievedLevel: 'Proficient',
			evidence: [
				{ visibility: 'public', url: `/educators/e/aw-${index}/files/video.mp4`, name: 'Lesson video', genre: 'Video' },
				{ visibility: 'withheld', genre: 'Student work' },
				{ visibility: 'reflection', narrative: 'Students who rarely spoke began to answer.' },
			],
			status: { listUrl: ob3Urls.statusList('acme'), index: index * 7 },
		},
		urls,
		'benchmark-secret-0123456789',
	),
);

// The first signatures warm up the JIT and the context cache; time the rest.
for (const credential of credentials.slice(0, 20)) await signCredential(credential, { keyPair, documentLoader, created: new Date() });
let started = performance.now();
const signed = [];
for (const credential of credentials) signed.push(await signCredential(credential, { keyPair, documentLoader, created: new Date() }));
const signMs = (performance.now() - started) / count;

const suite = new DataIntegrityProof({ cryptosuite });
started = performance.now();
for (const credential of signed) {
	// The status list is a separate fetch, once per issuer; this measures the signature and key checks.
	const result = await verifyCredential({ credential, suite, documentLoader, checkStatus: async () => ({ verified: true }) });
	if (!result.verified) throw new Error(`benchmark credential failed to verify: ${String(result.error)}`);
}
const verifyMs = (performance.now() - started) / count;
const bytes = signed.reduce((sum, credential) => sum + JSON.stringify(credential).length, 0) / count;
console.log(`${count} credentials, one thread: sign ${signMs.toFixed(2)} ms each, verify ${verifyMs.toFixed(2)} ms each (signature only, no status check), ${Math.round(bytes)} bytes each`);
