import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkitten';
import type { MeasureText, TextStyle } from '../text-style.ts';
import type { FontFace } from './font-face.ts';
import { rangesInclude } from './unicode-range.ts';
import type { TextRun } from './text-runs.ts';

/** The faces available to the images, which face draws which character, and how wide text is. */
export interface FontLibrary {
	faces: readonly FontFace[];
	/** The face that draws `codePoint` for text set in `family` at `weight`, or undefined when no face has it. */
	faceFor(codePoint: number, family: string, weight: number): FontFace | undefined;
	/** The faces satori needs to draw these runs, in library order so the list is stable. */
	facesFor(runs: readonly TextRun[]): FontFace[];
	measure: MeasureText;
}

/** Unknown characters are counted a full em wide so that a guess errs towards shrinking, never overflowing. */
const missingGlyphWidth = 1;

function parseFont(file: string): Font {
	const font = create(readFileSync(file));
	if (!('glyphForCodePoint' in font)) throw new Error(`${file} is a font collection; use a single-font .woff file.`);
	return font;
}

/** Whether fontkitten can look characters up in the font: a few shipped slices (Noto Sans SC 101) have a character map it cannot read. */
function canMapCharacters(font: Font): boolean {
	try {
		font.glyphForCodePoint(0x20);
		return true;
	} catch {
		return false;
	}
}

/** Builds the library over faces listed in priority order: a family's own faces first, then the others in list order. */
export function createFontLibrary(faces: readonly FontFace[]): FontLibrary {
	const families = [...new Set(faces.map((face) => face.family))];
	const parsed = new Map<string, Font>();
	const chosen = new Map<string, FontFace | undefined>();

	const fontOf = (face: FontFace) => {
		let font = parsed.get(face.file);
		if (!font) parsed.set(face.file, (font = parseFont(face.file)));
		return font;
	};

	const readable = new Map<string, boolean>();
	const isReadable = (face: FontFace) => {
		let ok = readable.get(face.file);
		if (ok === undefined) readable.set(face.file, (ok = canMapCharacters(fontOf(face))));
		return ok;
	};

	const faceFor = (codePoint: number, family: string, weight: number) => {
		const key = `${family}|${weight}|${codePoint}`;
		if (chosen.has(key)) return chosen.get(key);
		let found: FontFace | undefined;
		for (const candidate of [family, ...families.filter((name) => name !== family)]) {
			// An unreadable face is passed over for drawing as well as measuring, so what is measured is what is drawn.
			const covering = faces.filter((face) => face.family === candidate && rangesInclude(face.ranges, codePoint) && isReadable(face));
			// The nearest weight the family ships, the heavier one on a tie, as CSS font matching does for bold.
			found = covering.sort((a, b) => Math.abs(a.weight - weight) - Math.abs(b.weight - weight) || b.weight - a.weight)[0];
			if (found) break;
		}
		chosen.set(key, found);
		return found;
	};

	const measure = (text: string, style: TextStyle) => {
		let units = 0;
		let count = 0;
		for (const character of text) {
			const codePoint = character.codePointAt(0)!;
			const face = faceFor(codePoint, style.family, style.weight);
			const font = face && fontOf(face);
			units += font ? font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm : missingGlyphWidth;
			count++;
		}
		return units * style.size + count * (style.letterSpacing ?? 0);
	};

	const facesFor = (runs: readonly TextRun[]) => {
		const needed = new Set<FontFace>();
		for (const run of runs) {
			// satori resolves `fontFamily` by name, so the family's own latin face must be there even for text it does not draw.
			const named = faceFor('a'.codePointAt(0)!, run.family, run.weight);
			if (named) needed.add(named);
			for (const character of run.text) {
				if (/\s/.test(character)) continue;
				const face = faceFor(character.codePointAt(0)!, run.family, run.weight);
				if (face) needed.add(face);
			}
		}
		return faces.filter((face) => needed.has(face));
	};

	return { faces, faceFor, facesFor, measure };
}
