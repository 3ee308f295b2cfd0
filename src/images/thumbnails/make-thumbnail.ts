import sharp from 'sharp';

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
