import { describe, expect, it } from 'vitest';
import { nativeScriptNames } from '../../../src/export/demo/demo-people.ts';
import { sansFamily, serifFamily } from '../../../src/images/fonts/font-families.ts';
import { createFontLibrary } from '../../../src/images/fonts/font-library.ts';
import { loadFontLibrary } from '../../../src/images/fonts/load-font-library.ts';

describe('font library', () => {
	it('passes over a face whose character map cannot be read, for the next face that has the character', async () => {
		const { faces } = await loadFontLibrary();
		// Noto Sans SC's slice 101 claims Thai and CJK characters, but fontkitten cannot read its character map.
		const unreadable = faces.find((face) => face.file.endsWith('noto-sans-sc-101-400-normal.woff'));
		const inter = faces.find((face) => face.family === sansFamily && face.subset === 'latin' && face.weight === 400);
		if (!unreadable || !inter) throw new Error('the font packages should ship noto-sans-sc-101-400 and Inter latin 400');
		const library = createFontLibrary([{ ...unreadable, family: 'Unreadable', ranges: [[0x41, 0x5a]] }, inter]);
		const style = { weight: 400, size: 20 } as const;

		expect(library.faceFor(0x41, 'Unreadable', 400)).toBe(inter);
		expect(library.measure('ABC', { ...style, family: 'Unreadable' })).toBe(library.measure('ABC', { ...style, family: sansFamily }));
	});

	it('has a face for every character of the demo export’s names, in every script, and measures them', async () => {
		const { faceFor, measure } = await loadFontLibrary();
		for (const name of nativeScriptNames) {
			const missing = [...name].filter((character) => character.trim() && !faceFor(character.codePointAt(0)!, serifFamily, 700));
			expect(missing, name).toEqual([]);
			expect(measure(name, { family: serifFamily, weight: 700, size: 40 })).toBeGreaterThan(0);
		}
	});
});
