import { copyFile, link, mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Outputs kept between builds under a content hash of everything that made them (images,
 * thumbnails, signatures, rendered pages), so a rebuild never makes the same output twice. One
 * folder per kind under CACHE_DIR, fanned out over 256 folders by the key's first two characters;
 * the extension is the format, so a stored file opens in any viewer.
 */
export interface ContentStore {
	/** The stored bytes for `key`, or undefined. */
	read(key: string): Promise<Buffer | undefined>;
	/** Stores `bytes` under `key`: written aside then renamed, so a build stopped midway never leaves a half file later builds would reuse. */
	write(key: string, bytes: Uint8Array): Promise<void>;
	/**
	 * Puts the stored file for `key` at `outFile`, hard-linked (at a million awards a copy of every
	 * page would double the disk a warm build writes), else copied; false when there is none. The
	 * output must therefore never be edited in place: a new file replaces an old one.
	 */
	restore(key: string, outFile: string): Promise<boolean>;
	/** Keeps the file just written at `outFile` under `key`, linked like `restore`. */
	keep(key: string, outFile: string): Promise<void>;
	/** Removes every stored file this store neither restored nor kept; returns how many. */
	prune(): Promise<number>;
}

/** Links `from` to `to`, copying where the two are on different file systems or links are refused. */
async function linkOrCopy(from: string, to: string): Promise<void> {
	try {
		await link(from, to);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
		await copyFile(from, to);
	}
}

export function openStore(dir: string, extension: string): ContentStore {
	const used = new Set<string>();
	const fileOf = (key: string) => path.join(dir, key.slice(0, 2), `${key}.${extension}`);
	return {
		async read(key) {
			try {
				return await readFile(fileOf(key));
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
				throw error;
			}
		},
		async write(key, bytes) {
			const file = fileOf(key);
			await mkdir(path.dirname(file), { recursive: true });
			const partial = `${file}.${process.pid}.partial`;
			await writeFile(partial, bytes);
			await rename(partial, file);
		},
		async restore(key, outFile) {
			try {
				await linkOrCopy(fileOf(key), outFile).catch(async (error: NodeJS.ErrnoException) => {
					if (error.code !== 'EEXIST') throw error;
					// A file an earlier build left in the same folder is replaced, never written through.
					await unlink(outFile);
					await linkOrCopy(fileOf(key), outFile);
				});
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
				throw error;
			}
			used.add(key);
			return true;
		},
		async keep(key, outFile) {
			const stored = fileOf(key);
			await mkdir(path.dirname(stored), { recursive: true });
			await linkOrCopy(outFile, stored).catch((error: NodeJS.ErrnoException) => {
				if (error.code !== 'EEXIST') throw error;
			});
			used.add(key);
		},
		async prune() {
			let removed = 0;
			const suffix = `.${extension}`;
			for (const folder of await readdir(dir).catch(() => [])) {
				for (const name of await readdir(path.join(dir, folder)).catch(() => [])) {
					if (name.endsWith(suffix) && used.has(name.slice(0, -suffix.length))) continue;
					await unlink(path.join(dir, folder, name));
					removed += 1;
				}
			}
			return removed;
		},
	};
}
