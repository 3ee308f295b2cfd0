import { createFontLibrary, type FontLibrary } from './font-library.ts';
import { fallbackFontFamilies, imageFontFamilies } from './font-families.ts';
import { loadFontFaces } from './load-font-faces.ts';

let library: Promise<FontLibrary> | undefined;

/** The library of every image font, read once per process. */
export function loadFontLibrary(): Promise<FontLibrary> {
	library ??= loadFontFaces([...imageFontFamilies, ...fallbackFontFamilies]).then(createFontLibrary);
	return library;
}
