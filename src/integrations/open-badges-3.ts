import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { openImageCache } from '../images/render/image-cache.ts';
import { createCredentialSigner, type SignerOptions } from '../openbadges/ob3/credential-signer.ts';
import { createDocumentLoader } from '../openbadges/ob3/document-loader.ts';
import { createOb3Urls } from '../openbadges/ob3/ob3-urls.ts';
import { readSigningKeys, SIGNING_KEY_FILE_VARIABLE, SIGNING_KEY_VARIABLE } from '../openbadges/ob3/signing-keys.ts';
import { listOb3Files } from '../openbadges/ob3/site/list-ob3-files.ts';
import type { ObSiteData } from '../openbadges/site/list-ob-files.ts';
import { readObSettings } from '../openbadges/site/ob-settings.ts';
import { createObUrls, type SiteLocation } from '../openbadges/urls.ts';
import { readBuildDate } from '../site/build-date.ts';
import { loadSiteData } from '../data/read-site-data.ts';
import { measurePhase } from './build-metrics.ts';
import { writeSiteFiles } from './write-site-files.ts';

export interface OpenBadges3Options {
	/** Where the catalog and portfolios come from; the build's shared loader unless a test supplies its own. */
	loadData?: () => Promise<ObSiteData>;
	/** Environment holding OB3_SIGNING_KEY(_FILE), OB_SALT_SECRET and BUILD_DATE. */
	env?: Record<string, string | undefined>;
	/** Kept between builds: cached proofs and the development key. */
	cacheDir?: string;
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
export function openBadges3(options: OpenBadges3Options = {}): AstroIntegration {
	const { loadData = loadSiteData, env = process.env, cacheDir = path.join(process.env['CACHE_DIR'] ?? '.cache', 'ob3'), sign, threads } = options;
	let location: SiteLocation | undefined;
	return {
		name: 'credfolio:open-badges-3',
		hooks: {
			'astro:config:done': ({ config }) => {
				location = config.site === undefined ? undefined : { site: config.site, base: config.base };
			},
			'astro:build:done': async ({ dir, logger }) => {
				await measurePhase('open-badges-3', async () => {
					if (location === undefined) throw new Error('Open Badges ids are absolute URLs, so the build needs the site URL: set SITE_URL (see README).');
					const keys = await readSigningKeys(env, { demoKeyFile: path.join(cacheDir, 'demo-signing-key.txt') });
					if (keys.demo) {
						logger.warn(`open badges 3.0: neither ${SIGNING_KEY_VARIABLE} nor ${SIGNING_KEY_FILE_VARIABLE} is set, so credentials are signed with a development key from ${cacheDir}/ and marked "demo credentials - not for real use". Production builds must set a key (see docs/open-badges.md).`);
					}
					const { saltSecret } = readObSettings(env);
					const now = readBuildDate(env);
					const signer = createCredentialSigner({
						keys,
						documentLoader: createDocumentLoader(),
						created: now,
						cache: openImageCache(path.join(cacheDir, 'signatures'), 'json'),
						...(sign === undefined ? {} : { sign }),
						...(threads === undefined ? {} : { threads }),
					});
					const files = listOb3Files(await loadData(), {
						location,
						urls: createObUrls(location),
						ob3Urls: createOb3Urls(location),
						saltSecret,
						publicKeys: keys.publicKeys,
						signer,
						now,
					});
					const started = performance.now();
					const count = await writeSiteFiles(fileURLToPath(dir), files, (file) => file.text).finally(() => signer.close());
					const { signed, reused, signingMs } = signer.counts;
					const perSignature = signed === 0 ? '' : ` (${(signingMs / signed).toFixed(1)} ms each)`;
					logger.info(`open badges 3.0: ${count} files in ${Math.round(performance.now() - started)} ms; ${signed} signed${perSignature}, ${reused} reused from cache`);
				});
			},
		},
	};
}
