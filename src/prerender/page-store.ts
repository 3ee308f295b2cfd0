import { copyFile, link, mkdir, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * Rendered pages kept between builds under a digest of everything that shaped them, so a rebuild
 * puts an unchanged page in place without rendering it. Pages are hard-linked, not copied: at a
 * million awards a copy of every page would double the disk a warm build writes. The output must
 * therefore never be edited in place (nothing in the build does; a new file replaces an old one).
 */
export interface PageStore {
	/** Puts the stored page for `key` at `outFile`; false when there is none. */
	restore(key: string, outFile: string): Promise<boolean>;
	/** Keeps the page just written at `outFile` under `key`. */
	keep(key: string, outFile: string): Promise<void>;
	/** Removes every stored page this build neither restored nor kept; returns how many. */
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

/** A page store in `dir`, fanned out over 256 folders by the key's first two characters. */
export function openPageStore(dir: string): PageStore {
	const used = new Set<string>();
	const fileOf = (key: string) => path.join(dir, key.slice(0, 2), `${key}.html`);
	return {
		async restore(key, outFile) {
			try {
				await linkOrCopy(fileOf(key), outFile).catch(async (error: NodeJS.ErrnoException) => {
					if (error.code !== 'EEXIST') throw error;
					// A page an earlier build left in the same folder is replaced, never written through.
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
			const folders = await readdir(dir).catch(() => []);
			for (const folder of folders) {
				for (const name of await readdir(path.join(dir, folder)).catch(() => [])) {
					if (used.has(name.replace(/\.html$/, ''))) continue;
					await unlink(path.join(dir, folder, name));
					removed += 1;
				}
			}
			return removed;
		},
	};
}
