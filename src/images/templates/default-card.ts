import { box } from '../element.ts';
import { sansFamily, serifFamily } from '../fonts/font-families.ts';
import type { ImageTemplate } from './image-template.ts';
import { cardHeight, cardInk, cardMutedInk, cardTextWidth, cardWidth, drawCardFrame } from './parts/card-frame.ts';
import { drawCredentialSeal, type CredentialFace } from './parts/credential-medallion.ts';
import { drawFittedText } from './parts/fitted-text.ts';

/** What the card of pages without their own shows. */
export interface DefaultCardData {
	siteName: string;
	tagline: string;
	/** Colour and icon of each focus area, in catalog order; up to six are drawn. */
	focusAreas: Pick<CredentialFace, 'color' | 'icon'>[];
}

const shownAreas = 6;
const neutralAccent = '#2f3a4f';

/** The site's own social card: its name, what it offers, and a seal per focus area. */
export const defaultCard: ImageTemplate<DefaultCardData> = {
	kind: 'social-card',
	version: 1,
	width: cardWidth,
	height: cardHeight,
	render: (data, measure) => {
		const areas = data.focusAreas.slice(0, shownAreas);
		return drawCardFrame(
			{ siteName: data.siteName, accent: areas[0]?.color ?? neutralAccent, eyebrow: 'Micro-credentials for educators' },
			[
				drawFittedText(data.siteName, { width: cardTextWidth, maxLines: 2, maxSize: 88, minSize: 48, balance: true }, { family: serifFamily, weight: 700, color: cardInk, lineHeight: 1.05 }, measure),
				box({ height: 24 }),
				drawFittedText(data.tagline, { width: cardTextWidth, maxLines: 4, maxSize: 32, minSize: 24 }, { family: sansFamily, weight: 400, color: cardMutedInk, lineHeight: 1.35 }, measure),
			],
			areas.length > 0 ? box({ flexWrap: 'wrap', width: 400, justifyContent: 'center', gap: 16 }, areas.map((area) => drawCredentialSeal(area, areas.length > 4 ? 120 : 150))) : undefined,
			measure,
		);
	},
};
