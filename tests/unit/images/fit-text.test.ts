import { describe, expect, it } from 'vitest';
import { fitText, wrapText, type FitOptions } from '../../../src/images/fit-text.ts';
import { loadFontLibrary } from '../../../src/images/fonts/load-font-library.ts';
import type { MeasureText } from '../../../src/images/text-style.ts';

/** Every character 0.6 em wide: simple enough to reason about, like a monospace font. */
const monospace: MeasureText = (text, style) => [...text].length * style.size * 0.6 + [...text].length * (style.letterSpacing ?? 0);
const style = { family: 'Inter', weight: 800 } as const;
const box: FitOptions = { width: 400, maxLines: 3, maxSize: 60, minSize: 30 };

function widest(lines: readonly string[], size: number, measure: MeasureText): number {
	return Math.max(...lines.map((line) => measure(line, { ...style, size })));
}

describe('wrapText', () => {
	it('breaks at spaces so that every line fits, keeping every word in order', () => {
		const text = 'Productive struggle with rich mathematical tasks';
		const lines = wrapText(text, 200, (value) => monospace(value, { ...style, size: 20 }));
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe(text);
		for (const line of lines) expect(monospace(line, { ...style, size: 20 })).toBeLessThanOrEqual(200);
	});

	it('breaks after hyphens before breaking inside a word', () => {
		const lines = wrapText('Concrete-Representational-Abstract Sequence', 220, (value) => monospace(value, { ...style, size: 20 }));
		expect(lines).toEqual(['Concrete-', 'Representational-', 'Abstract Sequence']);
	});

	it('breaks a word wider than the line between characters instead of overflowing', () => {
		const lines = wrapText('Donaudampfschifffahrtsgesellschaftskapitän', 100, (value) => monospace(value, { ...style, size: 20 }));
		expect(lines.join('')).toBe('Donaudampfschifffahrtsgesellschaftskapitän');
		for (const line of lines) expect(monospace(line, { ...style, size: 20 })).toBeLessThanOrEqual(100);
	});
});

describe('fitText', () => {
	it('keeps a short title at the largest size on one line', () => {
		expect(fitText('Wait Time', box, style, monospace)).toEqual({ size: 60, lines: ['Wait Time'], truncated: false });
	});

	it('shrinks longer titles further, never below the minimum, and keeps them within the box', () => {
		const titles = ['Wait Time', 'Exit Tickets That Shape Tomorrow', 'Productive Struggle with Rich Mathematical Tasks', 'Academic Discourse and Accountable Talk in Classrooms'];
		const fitted = titles.map((title) => fitText(title, box, style, monospace));
		for (let index = 1; index < fitted.length; index++) expect(fitted[index]!.size).toBeLessThanOrEqual(fitted[index - 1]!.size);
		for (const [index, result] of fitted.entries()) {
			expect(result.size).toBeGreaterThanOrEqual(box.minSize);
			expect(result.lines.length).toBeLessThanOrEqual(box.maxLines);
			expect(widest(result.lines, result.size, monospace)).toBeLessThanOrEqual(box.width);
			expect(result.lines.join(' ')).toBe(titles[index]);
		}
	});

	it('shrinks rather than break a word that a smaller size keeps whole', () => {
		const narrow: FitOptions = { ...box, width: 300 };
		const result = fitText('Responsive Tasks', narrow, style, monospace);
		expect(result.lines).toEqual(['Responsive', 'Tasks']);
		expect(result.size).toBeLessThan(narrow.maxSize);
		expect(widest(result.lines, result.size, monospace)).toBeLessThanOrEqual(narrow.width);
	});

	it('cuts text that does not fit even at the minimum size with an ellipsis, still within the box', () => {
		const result = fitText('word '.repeat(80).trim(), box, style, monospace);
		expect(result).toMatchObject({ size: box.minSize, truncated: true });
		expect(result.lines).toHaveLength(box.maxLines);
		expect(result.lines.at(-1)).toMatch(/…$/);
		expect(widest(result.lines, result.size, monospace)).toBeLessThanOrEqual(box.width);
	});

	it('balances lines: the same line count as greedy wrapping, with a shorter longest line', () => {
		const text = 'Formative assessment routines for checking understanding daily';
		const twoLines: FitOptions = { width: 600, maxLines: 2, maxSize: 20, minSize: 20 };
		const greedy = fitText(text, twoLines, style, monospace);
		const balanced = fitText(text, { ...twoLines, balance: true }, style, monospace);
		expect(balanced.size).toBe(greedy.size);
		expect(balanced.lines).toHaveLength(greedy.lines.length);
		expect(widest(balanced.lines, balanced.size, monospace)).toBeLessThan(widest(greedy.lines, greedy.size, monospace));
	});

	it('fits real titles whole, in the real font, within a four-line box', async () => {
		const { measure } = await loadFontLibrary();
		const titles = ['Wait Time', 'Productive Struggle with Rich Mathematical Tasks in Heterogeneous Classrooms', 'Concrete-Representational-Abstract Sequence', 'Culturally Responsive Teaching'];
		for (const title of titles) {
			const result = fitText(title, { ...box, maxLines: 4, balance: true }, style, measure);
			expect(result.truncated, title).toBe(false);
			expect(result.lines.join(' ').replaceAll('- ', '-'), title).toBe(title);
			expect(widest(result.lines, result.size, measure), title).toBeLessThanOrEqual(box.width);
		}
	});
});
