import { focusAreaIconPaths, iconStrokeWidth, iconViewBox, type FocusAreaIcon } from '../../../icons/focus-area-icons.ts';
import type { ImageElement } from '../../element.ts';

/** A focus-area icon as an inline SVG element, stroked in `color`. */
export function drawIcon(icon: FocusAreaIcon, size: number, color: string): ImageElement {
	return {
		type: 'svg',
		props: {
			width: size,
			height: size,
			viewBox: iconViewBox,
			fill: 'none',
			stroke: color,
			strokeWidth: iconStrokeWidth,
			strokeLinecap: 'round',
			strokeLinejoin: 'round',
			children: focusAreaIconPaths[icon].map((d) => ({ type: 'path', props: { d } })),
		},
	};
}
