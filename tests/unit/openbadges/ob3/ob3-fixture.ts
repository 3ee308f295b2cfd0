import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential, type VerifyResult } from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { openBadges3, type OpenBadges3Options } from '../../../../src/integrations/open-badges-3.ts';
import { createDocumentLoader } from '../../../../src/openbadges/ob3/document-loader.ts';
import type { ObSiteData } from '../../../../src/openbadges/site/list-ob-files.ts';
import type { Checklist } from '../../../../src/openbadges/verify/checklist.ts';
import { verifyCredential as verifyWithChecklist } from '../../../../src/openbadges/verify/verify-credential.ts';
import { makeTemporaryDir } from '../../export/support/export-fixture.ts';
import { base, site, siteRoot, type BuildRun } from '../integration-fixture.ts';

/** Runs the OB 3.0 integration's hooks as Astro would, into `outDir` (a new folder unless given). */
export async function runOpenBadges3(data: ObSiteData, env: Record<string, string | undefined>, options: Omit<OpenBadges3Options, 'loadData' | 'env'> & { outDir?: string } = {}): Promise<BuildRun> {
	const { outDir = await makeTemporaryDir(), ...rest } = options;
	const run: BuildRun = { outDir, info: [], warnings: [] };
	const logger = { info: (message: string) => run.info.push(message), warn: (message: string) => run.warnings.push(message), error: () => {}, debug: () => {} };
	// One signing thread: unit test files run in parallel, and the pool path is what matters here, not its speed.
	const { hooks } = openBadges3({ loadData: async () => data, env, cacheDir: rest.cacheDir ?? path.join(await makeTemporaryDir(), 'ob3'), threads: 1, ...rest });
	await hooks['astro:config:done']!({ config: { site, base } } as never);
	await hooks['astro:build:done']!({ dir: pathToFileURL(`${outDir}/`), logger } as never);
	return run;
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
