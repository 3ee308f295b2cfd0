import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import sharp from 'sharp';
import { thumbnailMaxWidth, thumbnailWebpOptions } from './make-thumbnail.ts';

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
