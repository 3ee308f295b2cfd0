import type { ImageNode } from '../element.ts';
import type { FontWeight } from '../text-style.ts';

/** A piece of text in a tree with the family and weight it inherits. */
export interface TextRun {
	text: string;
	family: string;
	weight: FontWeight;
}

/** Every text in a tree, with its inherited font, so the renderer can hand satori exactly the faces it draws with. */
export function collectTextRuns(node: ImageNode, family: string, weight: FontWeight): TextRun[] {
	if (typeof node === 'string') return node ? [{ text: node, family, weight }] : [];
	const style = node.props.style ?? {};
	const ownFamily = typeof style.fontFamily === 'string' ? style.fontFamily : family;
	const ownWeight = typeof style.fontWeight === 'number' ? (style.fontWeight as FontWeight) : weight;
	const children = node.props.children;
	const list = children === undefined ? [] : Array.isArray(children) ? children : [children];
	return list.flatMap((child) => collectTextRuns(child, ownFamily, ownWeight));
}
