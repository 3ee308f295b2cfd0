import type { ImageElement } from '../element.ts';
import type { FontWeight } from '../text-style.ts';

/** What a worker needs to draw one image: the tree, its size, and the font files it uses. */
export interface RenderTask {
	tree: ImageElement;
	width: number;
	height: number;
	fonts: { name: string; weight: FontWeight; file: string }[];
}
