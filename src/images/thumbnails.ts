import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import sharp from 'sharp';
import { openStore } from '../store/content-store.ts';

/** Widest a thumbnail is drawn, in pixels; narrower images keep their own width. */
export const thumbnailMaxWidth = 320;

/** Good enough to recognise a photographed poster or page, at a few kilobytes. */
export const thumbnailWebpOptions = { quality: 80, effort: 4 } as const;

/**
 * A WebP thumbnail of an image file, turned upright by its EXIF orientation as phone photos
 * need. sharp drops the metadata, so a photo's location never reaches the thumbnail.
 */
export async function makeThumbnail(source: string): Promise<Buffer> {
	return sharp(source).autoOrient().resize({ width: thumbnailMaxWidth, withoutEnlargement: true }).webp(thumbnailWebpOptions).toBuffer();
}

/**
 * A hash of a source image's content and of how thumbnails are made, so a file that moved or is
 * shared by many awards is thumbnailed once, and a change of settings or of libvips makes them afresh.
 * The file is streamed because evidence images may be tens of megabytes.
 */
export async function computeThumbnailKey(source: string): Promise<string> {
	const hash = createHash('sha256');
	hash.update(JSON.stringify({ width: thumbnailMaxWidth, webp: thumbnailWebpOptions, sharp: sharp.versions }));
	for await (const chunk of createReadStream(source)) hash.update(chunk as Buffer);
	return hash.digest('hex');
}

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
	const cache = openStore(cacheDir, 'webp');
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
