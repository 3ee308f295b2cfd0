import { box } from '../element.ts';
import type { ImageTemplate } from './image-template.ts';
import { cardHeight, cardWidth, drawCardFrame, drawFacts, drawHeadline } from './parts/card-frame.ts';
import { drawCredentialMedallion, type CredentialFace } from './parts/credential-medallion.ts';

/** What a credential's social card shows. */
export interface CredentialCardData extends CredentialFace {
	siteName: string;
	focusAreaName: string;
	/** What the educator can do when they hold the credential. */
	competency: string;
	contactHours: number;
}

/** The social card of a credential page: title, competency and hours beside the badge. */
export const credentialCard: ImageTemplate<CredentialCardData> = {
	kind: 'social-card',
	version: 1,
	width: cardWidth,
	height: cardHeight,
	render: (data, measure) =>
		drawCardFrame(
			{ siteName: data.siteName, accent: data.color, eyebrow: `Micro-credential · ${data.focusAreaName}` },
			[
				...drawHeadline(data.title, data.competency, measure),
				box({ flexGrow: 1 }),
				drawFacts([`${data.contactHours} contact hours`, data.issuerName], measure),
			],
			drawCredentialMedallion(data, 420, measure),
			measure,
		),
};
