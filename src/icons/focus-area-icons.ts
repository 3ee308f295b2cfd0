import type { focusAreaIcons } from '../schemas/focus-area.ts';

/** Name of an icon a focus area can use. */
export type FocusAreaIcon = (typeof focusAreaIcons)[number];

/** Every icon is drawn in this box, stroked, never filled, so one style serves the site and the badge images. */
export const iconViewBox = '0 0 24 24';
export const iconStrokeWidth = 2;

/** A full circle as path data, because the record holds paths only and satori draws paths the same as browsers. */
function circle(cx: number, cy: number, r: number): string {
	return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
}

/** SVG path data of each focus-area icon; draw with `fill="none"`, `stroke-linecap="round"` and `stroke-linejoin="round"`. */
export const focusAreaIconPaths: Readonly<Record<FocusAreaIcon, readonly string[]>> = {
	'check-circle': [circle(12, 12, 9), 'M8 12.3l2.8 2.8L16.2 9.5'],
	puzzle: ['M3.5 7.5h4a2.5 2.5 0 0 1 5 0h4v4a2.5 2.5 0 0 1 0 5V20h-13z'],
	layers: ['M12 3l9 4.6-9 4.6-9-4.6z', 'M3 12.2l9 4.6 9-4.6', 'M3 16.6l9 4.6 9-4.6'],
	chart: ['M3 3v18h18', 'M8 17v-5', 'M12.5 17V7', 'M17 17v-8'],
	compass: [circle(12, 12, 9), 'M15.8 8.2l-2.1 5.5-5.5 2.1 2.1-5.5z'],
	globe: [circle(12, 12, 9), 'M12 3a13.5 13.5 0 0 1 0 18a13.5 13.5 0 0 1 0-18', 'M3 12h18', 'M4.5 7.5h15', 'M4.5 16.5h15'],
	spark: ['M11 4c.6 4.4 3.1 6.9 7.5 7.5-4.4.6-6.9 3.1-7.5 7.5-.6-4.4-3.1-6.9-7.5-7.5 4.4-.6 6.9-3.1 7.5-7.5z', 'M19 2.5v4', 'M17 4.5h4'],
	fraction: [circle(12, 12, 9), 'M12 3v9h9', 'M12 12l-6.4 6.4'],
	book: ['M2.5 4.5H8a4 4 0 0 1 4 4V21a3 3 0 0 0-3-3H2.5z', 'M21.5 4.5H16a4 4 0 0 0-4 4V21a3 3 0 0 1 3-3h6.5z'],
	users: [circle(9, 7.5, 3.8), 'M2.5 20.5v-1.5a4.5 4.5 0 0 1 4.5-4.5h4a4.5 4.5 0 0 1 4.5 4.5v1.5', 'M15.5 3.9a3.8 3.8 0 0 1 0 7.2', 'M21.5 20.5v-1.5a4.5 4.5 0 0 0-3.3-4.3'],
	lightbulb: ['M9 18.5h6', 'M10 21.5h4', 'M12 2.5a6.5 6.5 0 0 0-3.8 11.8c.6.5.8 1.1.8 1.9v.3h6v-.3c0-.8.2-1.4.8-1.9A6.5 6.5 0 0 0 12 2.5z'],
	target: [circle(12, 12, 9), circle(12, 12, 5), circle(12, 12, 1)],
};
