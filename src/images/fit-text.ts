import type { MeasureText, TextStyle } from './text-style.ts';

/** The box a text must fit and how far it may shrink to fit it. */
export interface FitOptions {
	/** Widest a line may be, in pixels. */
	width: number;
	maxLines: number;
	/** Size to use when the text fits at it. */
	maxSize: number;
	/** Smallest size allowed; text still too long at it is cut with an ellipsis. */
	minSize: number;
	/** Evens out line lengths at the chosen size, so a title does not end in a one-word orphan. */
	balance?: boolean;
}

/** A text broken into lines that each fit the box at `size`. */
export interface FittedText {
	size: number;
	lines: string[];
	/** Whether text was cut because it did not fit even at the smallest size. */
	truncated: boolean;
}

const ellipsis = '…';
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function splitGraphemes(text: string): string[] {
	return Array.from(graphemes.segment(text), (part) => part.segment);
}

interface Wrapped {
	lines: string[];
	/** Whether a word had to be broken between characters because it was wider than a line. */
	brokeWord: boolean;
}

/** Words split after their hyphens, so "Concrete-Representational" can break where a reader expects. */
function toPieces(text: string): { text: string; spaced: boolean }[] {
	return text
		.trim()
		.split(/\s+/)
		.filter(Boolean)
		.flatMap((word) => word.split(/(?<=-)(?=.)/).map((piece, index) => ({ text: piece, spaced: index === 0 })));
}

function wrap(text: string, width: number, widthOf: (text: string) => number): Wrapped {
	const lines: string[] = [];
	let brokeWord = false;
	let current = '';
	for (const piece of toPieces(text)) {
		const candidate = current ? `${current}${piece.spaced ? ' ' : ''}${piece.text}` : piece.text;
		if (widthOf(candidate) <= width) {
			current = candidate;
			continue;
		}
		if (current) lines.push(current);
		current = '';
		for (const character of splitGraphemes(piece.text)) {
			if (current && widthOf(current + character) > width) {
				lines.push(current);
				brokeWord = true;
				current = '';
			}
			current += character;
		}
	}
	if (current) lines.push(current);
	return { lines, brokeWord };
}

/**
 * Greedy line breaking at spaces and after hyphens. A word wider than the line (a long compound,
 * or a script written without spaces) is broken between characters rather than allowed to overflow.
 */
export function wrapText(text: string, width: number, widthOf: (text: string) => number): string[] {
	return wrap(text, width, widthOf).lines;
}

/** The narrowest wrap that still needs only `count` lines and breaks no word: lines come out of even length. */
function balanceLines(text: string, count: number, width: number, widthOf: (text: string) => number): string[] {
	let low = 1;
	let high = Math.ceil(width);
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		const wrapped = wrap(text, middle, widthOf);
		if (wrapped.lines.length <= count && !wrapped.brokeWord) high = middle;
		else low = middle + 1;
	}
	return wrapText(text, high, widthOf);
}

/** Cuts a line at a word (or, for a single word, a character) so that it fits with an ellipsis. */
function truncateLine(text: string, width: number, widthOf: (text: string) => number): string {
	const words = text.split(' ');
	while (words.length > 1 && widthOf(`${words.join(' ')}${ellipsis}`) > width) words.pop();
	const characters = splitGraphemes(words.join(' '));
	while (characters.length > 0 && widthOf(`${characters.join('')}${ellipsis}`) > width) characters.pop();
	return `${characters.join('').trimEnd()}${ellipsis}`;
}

/**
 * Finds the largest size, from `maxSize` down to `minSize`, at which `text` fits the box without
 * breaking a word; at the smallest size words may break, and text still too long is cut with an ellipsis.
 */
export function fitText(text: string, options: FitOptions, style: Omit<TextStyle, 'size'>, measure: MeasureText): FittedText {
	const { width, maxLines, maxSize, minSize } = options;
	const widthAt = (size: number) => (value: string) => measure(value, { ...style, size });
	for (let size = maxSize; size >= minSize; size--) {
		const { lines, brokeWord } = wrap(text, width, widthAt(size));
		if (lines.length <= maxLines && (!brokeWord || size === minSize)) {
			const balanced = options.balance && !brokeWord;
			return { size, lines: balanced ? balanceLines(text, lines.length, width, widthAt(size)) : lines, truncated: false };
		}
	}
	const widthOf = widthAt(minSize);
	const wrapped = wrapText(text, width, widthOf);
	const kept = wrapped.slice(0, maxLines);
	kept[kept.length - 1] = truncateLine(kept[kept.length - 1]!, width, widthOf);
	return { size: minSize, lines: kept, truncated: true };
}
