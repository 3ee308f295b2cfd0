/** Font weights the image fonts are loaded in. */
export type FontWeight = 400 | 500 | 600 | 700 | 800;

/** Everything that decides how wide a run of text is drawn. */
export interface TextStyle {
	family: string;
	weight: FontWeight;
	/** Font size in pixels. */
	size: number;
	/** Extra space after each character, in pixels. */
	letterSpacing?: number;
}

/** Width in pixels of `text` drawn in `style`; deterministic for the same fonts. */
export type MeasureText = (text: string, style: TextStyle) => number;
