import { ensureContrast } from '../../contrast.ts';
import { box, line, type ImageElement, type ImageNode } from '../../element.ts';
import type { MeasureText } from '../../text-style.ts';
import { drawFitted, drawFittedText, fitSetting } from './fitted-text.ts';
import { sansFamily, serifFamily } from '../../fonts/font-families.ts';

export const cardWidth = 1200;
export const cardHeight = 630;
export const cardBackground = '#fbfaf7';
export const cardInk = '#1b1f27';
export const cardMutedInk = '#4a5060';
/** Width of the text column beside the picture on the right. */
export const cardTextWidth = 620;

/** What every social card has around its content. */
export interface CardFrame {
	siteName: string;
	/** Brand colour of the subject; darkened where it is used for text. */
	accent: string;
	/** Small capitals above the title, e.g. "Micro-credential · Checking for Understanding". */
	eyebrow: string;
}

/** The 1200×630 card: text column on the left, picture on the right, accent bar and site name below. */
export function drawCardFrame(frame: CardFrame, text: ImageNode[], picture: ImageNode | undefined, measure: MeasureText): ImageElement {
	const accentText = ensureContrast(frame.accent, cardBackground);
	return box({ width: cardWidth, height: cardHeight, flexDirection: 'column', backgroundColor: cardBackground, fontFamily: sansFamily }, [
		box({ flexGrow: 1, paddingTop: 64, paddingLeft: 72, paddingRight: 56, alignItems: 'center', justifyContent: 'space-between' }, [
			box({ flexDirection: 'column', width: cardTextWidth, height: 440 }, [
				drawFittedText(frame.eyebrow, { width: cardTextWidth, maxLines: 1, maxSize: 20, minSize: 16 }, { family: sansFamily, weight: 700, color: accentText, lineHeight: 1.2, letterSpacing: 2.5, uppercase: true }, measure),
				box({ height: 20 }),
				...text,
			]),
			...(picture ? [box({ width: 440, height: 440, alignItems: 'center', justifyContent: 'center', marginTop: -40 }, [picture])] : []),
		]),
		box({ height: 64, paddingLeft: 72, paddingRight: 72, alignItems: 'center', justifyContent: 'space-between' }, [
			line(frame.siteName, { fontFamily: sansFamily, fontWeight: 700, fontSize: 22, color: cardInk }),
		]),
		box({ height: 14, backgroundColor: frame.accent }),
	]);
}

const factPadding = 18;

/** A short fact in a rounded outline, e.g. "15 contact hours", no wider than `maxWidth`. */
export function drawFact(text: string, maxWidth: number, measure: MeasureText): ImageElement {
	return box({ border: '2px solid #d9d6cf', borderRadius: 999, paddingLeft: factPadding, paddingRight: factPadding, paddingTop: 8, paddingBottom: 6, marginRight: 12 }, [
		drawFittedText(text, { width: maxWidth - 2 * factPadding - 4, maxLines: 1, maxSize: 22, minSize: 16 }, { family: sansFamily, weight: 600, color: cardInk, lineHeight: 1.25 }, measure),
	]);
}

/** Facts in a row across the text column: each but the last is drawn whole, the last gets the width left. */
export function drawFacts(facts: readonly string[], measure: MeasureText): ImageElement {
	let left = cardTextWidth;
	return box(
		{},
		facts.map((fact, index) => {
			const natural = measure(fact, { family: sansFamily, weight: 600, size: 22 }) + 2 * factPadding + 4;
			const width = index === facts.length - 1 ? left : Math.min(natural, left);
			left -= width + 12;
			return drawFact(fact, width, measure);
		}),
	);
}

/** A card title and the sentence under it; the sentence gets one line less when the title needs three. */
export function drawHeadline(title: string, summary: string, measure: MeasureText): ImageElement[] {
	const titleSetting = { family: serifFamily, weight: 700, color: cardInk, lineHeight: 1.08 } as const;
	const fittedTitle = fitSetting(title, { width: cardTextWidth, maxLines: 3, maxSize: 68, minSize: 44, balance: true }, titleSetting, measure);
	return [
		drawFitted(fittedTitle, titleSetting),
		box({ height: 22 }),
		drawFittedText(summary, { width: cardTextWidth, maxLines: fittedTitle.lines.length >= 3 ? 2 : 3, maxSize: 28, minSize: 24 }, { family: sansFamily, weight: 400, color: cardMutedInk, lineHeight: 1.35 }, measure),
	];
}
