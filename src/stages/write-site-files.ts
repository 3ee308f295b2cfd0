import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pMap from 'p-map';

/** Files written at once: enough to keep the disk busy, few enough to stay under the open-file limit. */
const writeConcurrency = 64;

/**
 * Writes each file into the build output with the bytes `content` gives it and returns how many
 * it wrote. `files` may be lazy: p-map pulls the next file only when a write slot frees, so the
 * million files of a state-scale site are never all in memory at once.
 */
export async function writeSiteFiles<F extends { path: string }>(
	outDir: string,
	files: Iterable<F> | AsyncIterable<F>,
	content: (file: F) => string | Uint8Array | Promise<string | Uint8Array>,
): Promise<number> {
	const folders = new Map<string, Promise<unknown>>();
	let count = 0;
	await pMap(
		files,
		async (file) => {
			const target = toDiskPath(outDir, file.path);
			const folder = path.dirname(target);
			// Writes run concurrently, so every write into a folder waits for the one mkdir of it.
			if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
			await folders.get(folder);
			await writeFile(target, await content(file));
			count += 1;
		},
		{ concurrency: writeConcurrency },
	);
	return count;
}

/** Site paths are URL-encoded; the file on disk has the decoded name the static host will serve. */
export function toDiskPath(outDir: string, sitePath: string): string {
	return path.join(outDir, ...sitePath.split('/').map(decodeURIComponent));
}
