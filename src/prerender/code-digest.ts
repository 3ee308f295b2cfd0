import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A digest of the prerender bundle Astro compiled for this build (every component, the manifest
 * with its stylesheet and script names), so a stored page is reused only when the code that
 * rendered it is the same. The manifest carries a key Astro makes afresh each build (for server
 * islands, which this site has none of); it is blanked, or no page would ever be reused.
 */
export async function codeDigest(bundleDir: string): Promise<string> {
	const files = (await readdir(bundleDir, { recursive: true, withFileTypes: true }))
		.filter((entry) => entry.isFile())
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
	const hash = createHash('sha256');
	for (const file of files) {
		const text = (await readFile(file, 'utf8')).replace(/("key":\s*")[^"]*"/g, '$1"');
		hash.update(`${path.relative(bundleDir, file)}\0${text}\0`);
	}
	return hash.digest('hex');
}
