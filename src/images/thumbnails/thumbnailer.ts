import { openImageCache } from '../render/image-cache.ts';
import { makeThumbnail } from './make-thumbnail.ts';
import { computeThumbnailKey } from './thumbnail-key.ts';

/** A thumbnail, and whether this call drew it rather than took it from the cache or an earlier call. */
export interface Thumbnail {
	webp: Buffer;
	made: boolean;
}

/** Gives the thumbnail of an image file. */
export type Thumbnailer = (source: string) => Promise<Thumbnail>;

/**
 * Thumbnails through a content-hash cache kept between builds; within a build each source file is
 * read once however many awards share it, as the demo export's few files are shared by hundreds.
 */
export function createThumbnailer(cacheDir: string): Thumbnailer {
	const cache = openImageCache(cacheDir, 'webp');
	const bySource = new Map<string, Promise<Thumbnail>>();
	const produce = async (source: string): Promise<Thumbnail> => {
		const key = await computeThumbnailKey(source);
		const cached = await cache.read(key);
		if (cached) return { webp: cached, made: false };
		const webp = await makeThumbnail(source);
		await cache.write(key, webp);
		return { webp, made: true };
	};
	return (source) => {
		const earlier = bySource.get(source);
		if (earlier) return earlier.then(({ webp }) => ({ webp, made: false }));
		const thumbnail = produce(source);
		bySource.set(source, thumbnail);
		return thumbnail;
	};
}
