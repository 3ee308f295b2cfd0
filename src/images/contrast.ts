/** WCAG 2 AA minimum for normal-size text. */
export const minimumTextContrast = 4.5;

/** The two inks badge text is drawn in; the dark one is softer than black but still reads as black. */
export const lightInk = '#ffffff';
export const darkInk = '#14171f';

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
	const match = /^#([0-9a-f]{6})$/i.exec(hex);
	if (!match) throw new Error(`Colour "${hex}" is not a six-digit hex colour like #1f6feb; fix it in the focus area's color field.`);
	const value = Number.parseInt(match[1]!, 16);
	return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: Rgb): string {
	return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance as defined by WCAG 2 (sRGB channels linearised, weighted by eye sensitivity). */
export function relativeLuminance(hex: string): number {
	const [r, g, b] = parseHex(hex).map((channel) => {
		const c = channel / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as Rgb;
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/** Mixes `amount` (0..1) of `other` into `color`. */
export function mixColors(color: string, other: string, amount: number): string {
	const from = parseHex(color);
	const to = parseHex(other);
	return toHex(from.map((channel, index) => channel + (to[index]! - channel) * amount) as Rgb);
}

/**
 * The ink to write on `background`: white or the dark ink, whichever contrasts more.
 * Mid-tones can leave both just under 4.5:1, and then pure black or white (one of which always reaches 4.58:1) is used.
 */
export function pickInk(background: string): string {
	const [best] = [lightInk, darkInk].sort((a, b) => contrastRatio(b, background) - contrastRatio(a, background)) as [string];
	if (contrastRatio(best, background) >= minimumTextContrast) return best;
	return contrastRatio('#000000', background) >= contrastRatio('#ffffff', background) ? '#000000' : '#ffffff';
}

/** `color` darkened or lightened just enough to reach `minimum` contrast on `background`, so accents keep their hue. */
export function ensureContrast(color: string, background: string, minimum = minimumTextContrast): string {
	const target = contrastRatio('#000000', background) >= contrastRatio('#ffffff', background) ? '#000000' : '#ffffff';
	for (let amount = 0; amount < 1; amount += 0.02) {
		const candidate = mixColors(color, target, amount);
		if (contrastRatio(candidate, background) >= minimum) return candidate;
	}
	return target;
}
