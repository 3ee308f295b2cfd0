import { createOb3Urls, createObUrls } from '../paths.ts';
import path from 'node:path';
import { openStore } from '../store/content-store.ts';
import { createCredentialSigner, type SignerOptions } from '../openbadges/ob3/credential-signer.ts';
import { createDocumentLoader } from '../openbadges/ob3/document-loader.ts';
import { readSigningKeys } from '../openbadges/ob3/signing-keys.ts';
import { listOb3Files } from '../openbadges/ob3/site/list-ob3-files.ts';
import { SIGNING_KEY_FILE_VARIABLE, SIGNING_KEY_VARIABLE } from '../settings/settings.ts';
import type { Stage } from './context.ts';
import { writeSiteFiles } from './write-site-files.ts';

export interface OpenBadges3Options {
	/** Signs one document; tests inject a counting one. */
	sign?: SignerOptions['sign'];
	/** Signing threads; default one per core, at most two. */
	threads?: number;
}

/**
 * Publishes the Open Badges 3.0 files beside the OB 2.0 ones: issuer profiles with their public
 * keys, the did:web document, a signed OpenBadgeCredential per public or unlisted award and
 * completed stack, a presentation per educator and a signed status list per issuer. Proofs are
 * cached by content hash, so a warm rebuild signs only what changed.
 */
export function openBadges3Stage(options: OpenBadges3Options = {}): Stage {
	const { sign, threads } = options;
	return {
		name: 'open-badges-3',
		async run({ settings, data, logger, outDir }) {
			const cacheDir = path.join(settings.cacheDir, 'ob3');
			const keys = await readSigningKeys(settings.signingKey);
			if (keys.demo) {
				logger.warn(`open badges 3.0: neither ${SIGNING_KEY_VARIABLE} nor ${SIGNING_KEY_FILE_VARIABLE} is set, so credentials are signed with a development key from ${cacheDir}/ and marked "demo credentials - not for real use". Production builds must set a key (see docs/open-badges.md).`);
			}
			const now = new Date(settings.now);
			const signer = createCredentialSigner({
				keys,
				documentLoader: createDocumentLoader(),
				created: now,
				cache: openStore(path.join(cacheDir, 'signatures'), 'json'),
				...(sign === undefined ? {} : { sign }),
				...(threads === undefined ? {} : { threads }),
			});
			const { location } = settings;
			const files = listOb3Files(await data(), {
				location,
				urls: createObUrls(location),
				ob3Urls: createOb3Urls(location),
				saltSecret: settings.openBadges.saltSecret,
				publicKeys: keys.publicKeys,
				signer,
				now,
			});
			const started = performance.now();
			const count = await writeSiteFiles(outDir, files, (file) => file.text).finally(() => signer.close());
			const { signed, reused, signingMs } = signer.counts;
			const perSignature = signed === 0 ? '' : ` (${(signingMs / signed).toFixed(1)} ms each)`;
			logger.info(`open badges 3.0: ${count} files in ${Math.round(performance.now() - started)} ms; ${signed} signed${perSignature}, ${reused} reused from cache`);
		},
	};
}
