import type { FontWeight } from '../text-style.ts';

/** A font family shipped as an `@fontsource` package, and the weights the images use. */
export interface FontFamily {
	name: string;
	packageName: string;
	weights: readonly FontWeight[];
}

export const sansFamily = 'Inter';
export const serifFamily = 'Source Serif 4';

/** Families templates ask for by name, in the order they stand in for one another. */
export const imageFontFamilies: readonly FontFamily[] = [
	{ name: sansFamily, packageName: '@fontsource/inter', weights: [400, 600, 700, 800] },
	{ name: serifFamily, packageName: '@fontsource/source-serif-4', weights: [600, 700] },
];

/** Tried in order for characters no image family has, so educator names in other scripts still draw instead of boxes. */
export const fallbackFontFamilies: readonly FontFamily[] = [
	{ name: 'Noto Sans Arabic', packageName: '@fontsource/noto-sans-arabic', weights: [400, 700] },
	{ name: 'Noto Sans Hebrew', packageName: '@fontsource/noto-sans-hebrew', weights: [400, 700] },
	{ name: 'Noto Sans Devanagari', packageName: '@fontsource/noto-sans-devanagari', weights: [400, 700] },
	{ name: 'Noto Sans SC', packageName: '@fontsource/noto-sans-sc', weights: [400, 700] },
	{ name: 'Noto Sans KR', packageName: '@fontsource/noto-sans-kr', weights: [400, 700] },
	{ name: 'Noto Sans Bengali', packageName: '@fontsource/noto-sans-bengali', weights: [400, 700] },
	{ name: 'Noto Sans Tamil', packageName: '@fontsource/noto-sans-tamil', weights: [400, 700] },
	{ name: 'Noto Sans Thai', packageName: '@fontsource/noto-sans-thai', weights: [400, 700] },
	{ name: 'Noto Sans Georgian', packageName: '@fontsource/noto-sans-georgian', weights: [400, 700] },
	{ name: 'Noto Sans Armenian', packageName: '@fontsource/noto-sans-armenian', weights: [400, 700] },
];
