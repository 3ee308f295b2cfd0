import { box } from '../element.ts';
import type { ImageTemplate } from './image-template.ts';
import { cardHeight, cardWidth, drawCardFrame, drawFacts, drawHeadline } from './parts/card-frame.ts';
import { drawStackMedallion, type StackFace } from './parts/stack-medallion.ts';

/** What a stack's social card shows. */
export interface StackCardData extends StackFace {
	siteName: string;
	/** What holding the whole stack says about an educator. */
	description: string;
	/** Contact hours of completing the stack, bonus included, e.g. "50 contact hours" or "At least 35 contact hours". */
	hours: string;
}

/** The social card of a stack page: title, description and what completes it beside the stack badge. */
export const stackCard: ImageTemplate<StackCardData> = {
	kind: 'social-card',
	version: 1,
	width: cardWidth,
	height: cardHeight,
	render: (data, measure) =>
		drawCardFrame(
			{ siteName: data.siteName, accent: data.color, eyebrow: 'Credential stack' },
			[
				...drawHeadline(data.title, data.description, measure),
				box({ flexGrow: 1 }),
				drawFacts([data.requirement, data.hours], measure),
			],
			drawStackMedallion(data, 440, measure),
			measure,
		),
};
