import { box, line } from '../element.ts';
import { sansFamily, serifFamily } from '../fonts/font-families.ts';
import type { ImageTemplate } from './image-template.ts';
import { cardHeight, cardInk, cardMutedInk, cardTextWidth, cardWidth, drawCardFrame } from './parts/card-frame.ts';
import { drawCredentialSeal, type CredentialFace } from './parts/credential-medallion.ts';
import { drawFittedText } from './parts/fitted-text.ts';

/** What an educator's portfolio card shows. */
export interface PortfolioCardData {
	siteName: string;
	name: string;
	/** School district or organisation; omitted when the educator does not publish it. */
	district?: string;
	credentialCount: number;
	contactHours: number;
	/** The educator's most notable badges, best first; up to `portfolioCardBadges` are drawn. */
	topBadges: Pick<CredentialFace, 'color' | 'icon'>[];
}

/** Most badges a portfolio card draws. */
export const portfolioCardBadges = 6;
const neutralAccent = '#2f3a4f';

function drawStat(value: number, label: string) {
	return box({ flexDirection: 'column', marginRight: 56 }, [
		line(value.toLocaleString('en-US'), { fontFamily: sansFamily, fontWeight: 800, fontSize: 64, color: cardInk, lineHeight: 1 }),
		line(label, { fontFamily: sansFamily, fontWeight: 600, fontSize: 22, color: cardMutedInk, marginTop: 8 }),
	]);
}

/** The social card of a portfolio: who the educator is, what they hold, and a cluster of their badges. */
export const portfolioCard: ImageTemplate<PortfolioCardData> = {
	kind: 'social-card',
	version: 1,
	width: cardWidth,
	height: cardHeight,
	render: (data, measure) => {
		const badges = data.topBadges.slice(0, portfolioCardBadges);
		return drawCardFrame(
			{ siteName: data.siteName, accent: badges[0]?.color ?? neutralAccent, eyebrow: 'Educator portfolio' },
			[
				drawFittedText(data.name, { width: cardTextWidth, maxLines: 2, maxSize: 76, minSize: 44, balance: true }, { family: serifFamily, weight: 700, color: cardInk, lineHeight: 1.1 }, measure),
				...(data.district
					? [box({ height: 12 }), drawFittedText(data.district, { width: cardTextWidth, maxLines: 2, maxSize: 30, minSize: 24 }, { family: sansFamily, weight: 400, color: cardMutedInk, lineHeight: 1.3 }, measure)]
					: []),
				box({ flexGrow: 1 }),
				box({}, [drawStat(data.credentialCount, data.credentialCount === 1 ? 'credential' : 'credentials'), drawStat(data.contactHours, 'contact hours')]),
			],
			badges.length > 0 ? box({ flexWrap: 'wrap', width: 400, justifyContent: 'center', gap: 16 }, badges.map((badge) => drawCredentialSeal(badge, badges.length > 4 ? 120 : 150))) : undefined,
			measure,
		);
	},
};
