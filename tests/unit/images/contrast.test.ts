import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../src/catalog/read-catalog.ts';
import { contrastRatio, ensureContrast, minimumTextContrast, mixColors, pickInk, relativeLuminance } from '../../../src/images/contrast.ts';
import { cardBackground } from '../../../src/images/templates/parts/card-frame.ts';

/** Greys from black to white and a wheel of saturated and pastel hues: the range focus-area colours come from. */
function sampleColors(): string[] {
	const hex = (value: number) => Math.round(value).toString(16).padStart(2, '0');
	const greys = Array.from({ length: 52 }, (_, index) => `#${hex(index * 5).repeat(3)}`);
	const hues = Array.from({ length: 36 }, (_, index) => {
		const h = (index * 10) / 60;
		const x = 1 - Math.abs((h % 2) - 1);
		const [r, g, b] = [[1, x, 0], [x, 1, 0], [0, 1, x], [0, x, 1], [x, 0, 1], [1, 0, x]][Math.floor(h) % 6]!;
		return `#${hex(r! * 255)}${hex(g! * 255)}${hex(b! * 255)}`;
	});
	return [...greys, ...hues, ...hues.map((color) => mixColors(color, '#ffffff', 0.5)), ...hues.map((color) => mixColors(color, '#000000', 0.5))];
}

describe('contrastRatio', () => {
	it('spans 1:1 for a colour against itself to 21:1 for black on white, whatever the order', () => {
		expect(contrastRatio('#1f5fbf', '#1f5fbf')).toBe(1);
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
		expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
	});

	it('matches the published WCAG example that #767676 is the lightest grey passing AA on white', () => {
		expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
		expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
	});

	it('grows with the difference in luminance', () => {
		expect(relativeLuminance('#ffffff')).toBe(1);
		expect(relativeLuminance('#000000')).toBe(0);
		expect(contrastRatio('#333333', '#ffffff')).toBeGreaterThan(contrastRatio('#666666', '#ffffff'));
	});

	it('names the colour and the fix when a colour is not six-digit hex', () => {
		expect(() => relativeLuminance('#abc')).toThrow(/"#abc".*six-digit hex/);
	});
});

describe('pickInk', () => {
	it.each(sampleColors())('reaches 4.5:1 on %s', (background) => {
		expect(contrastRatio(pickInk(background), background)).toBeGreaterThanOrEqual(minimumTextContrast);
	});

	it('writes white on dark colours and dark ink on light ones', () => {
		expect(pickInk('#0b2545')).toBe('#ffffff');
		expect(pickInk('#f2c14e')).not.toBe('#ffffff');
	});

	it('reaches 4.5:1 on every focus-area colour of the demo catalog', async () => {
		const catalog = await readCatalog('content');
		expect(catalog.focusAreas.length).toBeGreaterThan(0);
		for (const area of catalog.focusAreas) {
			expect(contrastRatio(pickInk(area.data.color), area.data.color), `${area.filePath} color ${area.data.color}`).toBeGreaterThanOrEqual(minimumTextContrast);
		}
	});
});

describe('ensureContrast', () => {
	it.each(sampleColors())('turns %s into an accent readable on the card background', (color) => {
		expect(contrastRatio(ensureContrast(color, cardBackground), cardBackground)).toBeGreaterThanOrEqual(minimumTextContrast);
	});

	it('leaves a colour that already contrasts enough unchanged', () => {
		expect(ensureContrast('#1b1f27', cardBackground)).toBe('#1b1f27');
	});
});
