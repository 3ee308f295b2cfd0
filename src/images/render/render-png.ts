import satori from 'satori';
import sharp from 'sharp';
import type { ImageElement } from '../element.ts';
import type { FontWeight } from '../text-style.ts';

/** A font face as satori takes it. */
export interface LoadedFont {
	name: string;
	weight: FontWeight;
	data: Buffer;
}

/**
 * The designs are flat colours, so a 256-colour palette keeps every image crisp at about a third of
 * the bytes. No dithering: on flat colours it only adds noise, and it was half the quantising time;
 * zlib level 6 instead of 9 halves the encoding again for about 7% more bytes (docs/performance.md).
 */
export const pngOptions = { palette: true, quality: 100, compressionLevel: 6, effort: 1, dither: 0 } as const;

/** Draws a tree to SVG with satori, then rasterises it to PNG with sharp. */
export async function renderPng(tree: ImageElement, width: number, height: number, fonts: readonly LoadedFont[]): Promise<Buffer> {
	const svg = await satori(tree as never, {
		width,
		height,
		fonts: fonts.map(({ name, weight, data }) => ({ name, weight, data, style: 'normal' as const })),
	});
	return sharp(Buffer.from(svg)).png(pngOptions).toBuffer();
}
