import satori from 'satori';
import sharp from 'sharp';
import type { ImageElement } from '../element.ts';
import type { FontWeight } from '../text-style.ts';

/** A font face as satori takes it. */
export interface LoadedFont {
	name: string;
	weight: FontWeight;
	data: Buffer;
	style: 'normal';
}

/**
 * The designs are flat colours, so a 256-colour palette keeps every image crisp at about a third of
 * the bytes. No dithering: on flat colours it only adds noise, and it was half the quantising time;
 * zlib level 6 instead of 9 halves the encoding again for about 7% more bytes (docs/performance.md).
 */
export const pngOptions = { palette: true, quality: 100, compressionLevel: 6, effort: 1, dither: 0 } as const;

/** Changes with any step between satori and sharp below, so the image cache never serves an image the pipeline no longer makes. */
export const pipelineVersion = 2;

const maskOfBox = /<mask id="([^"]+)"><rect x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)" fill="#fff"\/><\/mask>/g;
const maskedImage = /<image x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)"([^>]*?) mask="url\(#([^)]+)\)"/g;

/**
 * satori gives every `<image>` (our icons) an overflow mask, even when the mask is exactly the
 * image's own box and so changes no pixel; librsvg draws each mask on an offscreen surface the size
 * of the card. Dropping those masks took rasterising a portfolio card from 39 ms to 12 ms of CPU
 * with identical pixels. Masks of any other shape are left alone. (satori 0.63; no upstream issue yet.)
 */
export function dropNoOpImageMasks(svg: string): string {
	const boxes = new Map<string, string>();
	for (const [, id, x, y, width, height] of svg.matchAll(maskOfBox)) boxes.set(id!, `${x} ${y} ${width} ${height}`);
	return svg.replace(maskedImage, (image: string, x: string, y: string, width: string, height: string, rest: string, id: string) =>
		boxes.get(id) === `${x} ${y} ${width} ${height}` ? `<image x="${x}" y="${y}" width="${width}" height="${height}"${rest}` : image,
	);
}

/**
 * Draws a tree to SVG with satori, then rasterises it to PNG with sharp. Pass the same `fonts`
 * array for the same faces: satori keeps a few font loaders keyed by that array, and its text
 * shaping caches live in them.
 */
export async function renderPng(tree: ImageElement, width: number, height: number, fonts: LoadedFont[]): Promise<Buffer> {
	const svg = await satori(tree as never, { width, height, fonts });
	return sharp(Buffer.from(dropNoOpImageMasks(svg))).png(pngOptions).toBuffer();
}
