import { box } from '../element.ts';
import { sansFamily, serifFamily } from '../fonts/font-families.ts';
import type { ImageTemplate } from './image-template.ts';
import { cardHeight, cardInk, cardMutedInk, cardTextWidth, cardWidth, drawCardFrame, drawFacts } from './parts/card-frame.ts';
import { drawCredentialMedallion, type CredentialFace } from './parts/credential-medallion.ts';
import { drawFittedText } from './parts/fitted-text.ts';
import { drawStackMedallion, type StackFace } from './parts/stack-medallion.ts';

/** What an award's social card shows. */
export interface AwardCardData {
	siteName: string;
	educatorName: string;
	/** The badge awarded: a credential or a completed stack. */
	badge: { kind: 'credential'; face: CredentialFace } | { kind: 'stack'; face: StackFace };
	/** Date of issue, `YYYY-MM-DD`. */
	issuedOn: string;
	contactHours: number;
}

const dateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** The social card of an award page: who earned which badge, and when. */
export const awardCard: ImageTemplate<AwardCardData> = {
	kind: 'social-card',
	version: 1,
	width: cardWidth,
	height: cardHeight,
	render: (data, measure) => {
		const { badge } = data;
		const issued = dateFormat.format(new Date(`${data.issuedOn}T00:00:00Z`));
		return drawCardFrame(
			{ siteName: data.siteName, accent: badge.face.color, eyebrow: badge.kind === 'stack' ? 'Stack completed' : 'Micro-credential earned' },
			[
				drawFittedText(data.educatorName, { width: cardTextWidth, maxLines: 2, maxSize: 68, minSize: 40, balance: true }, { family: serifFamily, weight: 700, color: cardInk, lineHeight: 1.1 }, measure),
				box({ height: 16 }),
				drawFittedText(`earned ${badge.face.title}`, { width: cardTextWidth, maxLines: 3, maxSize: 34, minSize: 26, balance: true }, { family: sansFamily, weight: 600, color: cardMutedInk, lineHeight: 1.3 }, measure),
				box({ flexGrow: 1 }),
				drawFacts([`Issued ${issued}`, `${data.contactHours} contact hours`], measure),
			],
			badge.kind === 'stack' ? drawStackMedallion(badge.face, 440, measure) : drawCredentialMedallion(badge.face, 420, measure),
			measure,
		);
	},
};
