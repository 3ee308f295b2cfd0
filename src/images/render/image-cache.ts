import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Rendered images by cache key, in a folder kept between builds. */
export interface ImageCache {
	read(key: string): Promise<Buffer | undefined>;
	write(key: string, image: Buffer): Promise<void>;
}

/** `extension` is the format the images are in, so a cached file opens in any viewer. */
export function openImageCache(folder: string, extension = 'png'): ImageCache {
	const fileOf = (key: string) => path.join(folder, key.slice(0, 2), `${key}.${extension}`);
	return {
		async read(key) {
			try {
				return await readFile(fileOf(key));
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
				throw error;
			}
		},
		async write(key, image) {
			const file = fileOf(key);
			await mkdir(path.dirname(file), { recursive: true });
			// Written aside then renamed, so a build stopped midway never leaves a half image that later builds would reuse.
			const partial = `${file}.${process.pid}.partial`;
			await writeFile(partial, image);
			await rename(partial, file);
		},
	};
}
