import type { ImageElement } from '../element.ts';
import type { MeasureText } from '../text-style.ts';

/** What an image is for: social cards can be skipped for fast local builds, badges cannot. */
export type ImageKind = 'badge' | 'social-card';

/** A design: a pure function from plain data to a satori tree of a fixed size. */
export interface ImageTemplate<Data> {
	kind: ImageKind;
	/** Part of the cache key; the tree is too, so bump this only to force re-rendering for a change the tree does not show. */
	version: number;
	width: number;
	height: number;
	render(data: Data, measure: MeasureText): ImageElement;
}
