import type { FontWeight } from '../text-style.ts';
import type { CodePointRange } from './unicode-range.ts';

/** One `.woff` file of a family: a subset of its characters in one weight. */
export interface FontFace {
	/**
	 * Name satori knows the face by: the family name for the latin subset, else family and subset,
	 * because satori keeps a single face per name and weight and would drop the other subsets.
	 */
	name: string;
	family: string;
	subset: string;
	weight: FontWeight;
	/** Absolute path of the `.woff` file. */
	file: string;
	ranges: readonly CodePointRange[];
}
