import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createDocumentLoader } from '../src/openbadges/ob3/document-loader.ts';
import { verifyCredential } from '../src/openbadges/verify/verify-credential.ts';

// Prints what the in-browser verifier costs, measured on a built site (run `npm run build` first):
// the gzipped JavaScript the /verify/ page loads, and the time to verify one published credential
// on this thread (signature, key, status list, dates, schema), documents read from dist/.
// Usage: npm run bench:verifier [-- count] (DIST_DIR picks another built site)
const count = Number(process.argv[2] ?? 300);
const dist = path.resolve(process.env['DIST_DIR'] ?? 'dist');

/** The module scripts of the page and everything they import, transitively, lazy chunks included. */
async function pageScripts(page: string): Promise<string[]> {
	const html = await readFile(path.join(dist, page), 'utf8');
	const pending = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((match) => path.join(dist, new URL(match[1]!, 'http://x/').pathname.replace(/^\/(?:[^/]+\/)*?_astro\//, '_astro/')));
	const seen = new Set<string>();
	while (pending.length > 0) {
		const file = pending.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const code = await readFile(file, 'utf8');
		// Static imports (`from"./x.js"`) and lazy chunks (`import(\`./x.js\`)`) alike: all of it is the verifier's weight.
		for (const [, specifier] of code.matchAll(/(?:from|import)\s*\(?\s*["'`](\.\/[^"'`]+\.js)["'`]/g)) pending.push(path.join(path.dirname(file), specifier!));
	}
	return [...seen];
}

const scripts = await pageScripts('verify/index.html');
let raw = 0;
let gzipped = 0;
for (const file of scripts) {
	const bytes = await readFile(file);
	raw += bytes.length;
	gzipped += gzipSync(bytes, { level: 9 }).length;
}
console.log(`/verify/ JavaScript: ${scripts.length} file(s), ${(raw / 1024).toFixed(1)} KiB, ${(gzipped / 1024).toFixed(1)} KiB gzipped`);

const folder = path.join(dist, 'ob3/credentials');
const names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort().slice(0, count);
const credentials = await Promise.all(names.map(async (name) => JSON.parse(await readFile(path.join(folder, name), 'utf8')) as Record<string, unknown>));
const first = String(credentials[0]?.['id']);
const siteRoot = first.slice(0, first.indexOf('ob3/credentials/'));
const fromDist = async (url: string): Promise<unknown> => {
	if (!url.startsWith(siteRoot)) throw new Error(`${url} is not on this site (${siteRoot})`);
	return JSON.parse(await readFile(path.join(dist, decodeURIComponent(url.slice(siteRoot.length))), 'utf8'));
};
const issuerFiles = await readdir(path.join(dist, 'ob3/issuers'));
const knownIssuers = new Map(
	await Promise.all(issuerFiles.map(async (name): Promise<[string, string]> => {
		const profile = JSON.parse(await readFile(path.join(dist, 'ob3/issuers', name), 'utf8')) as { id: string; name: string };
		return [profile.id, profile.name];
	})),
);
// As in the browser: one loader per verification, so each one fetches (here: reads) its profile and status list.
const verifyOne = (credential: Record<string, unknown>) => verifyCredential(credential, { documentLoader: createDocumentLoader({ fetchDocument: fromDist }), knownIssuers });
for (const credential of credentials.slice(0, 20)) await verifyOne(credential);
const verdicts = { pass: 0, warn: 0, fail: 0 };
const started = performance.now();
for (const credential of credentials) verdicts[(await verifyOne(credential)).verdict] += 1;
const elapsed = performance.now() - started;
console.log(`verified ${credentials.length} credentials in ${elapsed.toFixed(0)} ms: ${(elapsed / credentials.length).toFixed(1)} ms each (${verdicts.pass} pass, ${verdicts.warn} warn, ${verdicts.fail} fail: revoked or expired awards)`);
