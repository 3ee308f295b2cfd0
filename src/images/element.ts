/** CSS properties as satori reads them: camel-cased names, numbers in pixels. */
export type Style = Record<string, string | number>;

/** A node of the tree satori renders: the plain-object shape of a React element, so no React is needed. */
export interface ImageElement {
	type: string;
	props: {
		style?: Style;
		children?: ImageNode | ImageNode[];
		[attribute: string]: unknown;
	};
}

export type ImageNode = ImageElement | string;

/** Builds a `div`; every box is a flex box because satori lays out nothing else. */
export function box(style: Style, children: ImageNode[] = []): ImageElement {
	return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

/** A single run of text that never wraps: lines are broken by the fitting helper, not by satori, so what was measured is what is drawn. */
export function line(text: string, style: Style): ImageElement {
	return { type: 'div', props: { style: { display: 'flex', whiteSpace: 'nowrap', ...style }, children: text } };
}
