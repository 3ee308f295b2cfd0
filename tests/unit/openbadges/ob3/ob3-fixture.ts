import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential, type VerifyResult } from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { openBadges3Stage, type OpenBadges3Options } from '../../../../src/stages/open-badges-3.ts';
import { createDocumentLoader } from '../../../../src/openbadges/ob3/document-loader.ts';
import type { Checklist } from '../../../../src/openbadges/verify/checklist.ts';
import { verifyCredential as verifyWithChecklist } from '../../../../src/openbadges/verify/verify-credential.ts';
import { runStage, testSettings, type StageData } from '../../../support/run-stage.ts';
import { makeTempDir } from '../../../support/temp-dir.ts';
import { base, site, siteRoot, type BuildRun } from '../integration-fixture.ts';

/**
 * Runs the OB 3.0 stage at the fixture site URL with environment `env`, into `outDir` (a new folder
 * unless given), with the cache in `cacheDir` (CACHE_DIR; a new folder unless given).
 */
export async function runOpenBadges3(data: StageData, env: Record<string, string | undefined>, options: OpenBadges3Options & { outDir?: string; cacheDir?: string } = {}): Promise<BuildRun> {
	const { outDir, cacheDir = await makeTempDir('credfolio-cache-'), ...stageOptions } = options;
	const settings = await testSettings({ SITE_URL: site, BASE_PATH: base, CACHE_DIR: cacheDir, ...env });
	// One signing thread: unit test files run in parallel, and the pool path is what matters here, not its speed.
	return runStage(openBadges3Stage({ threads: 1, ...stageOptions }), { settings, data, ...(outDir === undefined ? {} : { outDir }) });
}

/** A loader that fetches from the output folder at the site URL, as the static host would serve it. */
function servedLoader(outDir: string) {
	return createDocumentLoader({
		fetchDocument: async (url) => {
			if (!url.startsWith(siteRoot)) throw new Error(`404 Not Found: ${url} is not on the site`);
			return JSON.parse(await readFile(path.join(outDir, decodeURIComponent(url.slice(siteRoot.length))), 'utf8')) as unknown;
		},
	});
}

/** Our verifier (the /verify/ page's module) on a credential of the output folder. */
export function checkPublished(credential: object, outDir: string, options: { now: Date; knownIssuers: ReadonlyMap<string, string> }): Promise<Checklist> {
	return verifyWithChecklist(credential, { documentLoader: servedLoader(outDir), ...options });
}

/** Digital Bazaar's verifier, as a second opinion: its key, profile and status list fetched from the output folder. */
export async function verifyPublished(credential: object, outDir: string, now?: Date): Promise<VerifyResult> {
	const documentLoader = servedLoader(outDir);
	const suite = new DataIntegrityProof({ cryptosuite });
	return verifyCredential({ credential, suite, documentLoader, checkStatus, ...(now === undefined ? {} : { now }) });
}
