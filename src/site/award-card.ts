import { readCardSettings, type CardSettings } from '../images/card-settings.ts';
import { ogImagePath } from '../images/image-paths.ts';

// Read once: the environment does not change while pages render, and parsing it for every award
// page took a quarter of that page's render time (docs/performance.md).
let settingsOfThisBuild: CardSettings | undefined;

/**
 * The social card of an award page and its text alternative. By default the credential's own
 * card, drawn once per credential: at a million awards, a card per award would be the largest cost
 * of the build and of its output (docs/performance.md). `AWARD_CARDS=personal` names the educator.
 * A revoked award has none of its own, so a shared link never shows the badge as earned.
 */
export function awardSocialCard(
	award: { awardId: string; status: string },
	credential: { id: string; title: string; issuerName: string },
	educatorName: string,
	settings: Pick<CardSettings, 'personalAwardCards'> = (settingsOfThisBuild ??= readCardSettings()),
): { image: string | undefined; imageAlt: string | undefined } {
	if (settings.personalAwardCards) {
		return { image: award.status === 'revoked' ? undefined : ogImagePath('awards', award.awardId), imageAlt: `${credential.title} awarded to ${educatorName}` };
	}
	if (award.status === 'revoked') return { image: undefined, imageAlt: undefined };
	return { image: ogImagePath('credentials', credential.id), imageAlt: `${credential.title}: a micro-credential from ${credential.issuerName}` };
}
