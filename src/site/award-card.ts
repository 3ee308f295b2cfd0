import { paths } from '../paths.ts';

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
	settings: { personalAwardCards: boolean },
): { image: string | undefined; imageAlt: string | undefined } {
	if (settings.personalAwardCards) {
		return { image: award.status === 'revoked' ? undefined : paths.socialCard('awards', award.awardId), imageAlt: `${credential.title} awarded to ${educatorName}` };
	}
	if (award.status === 'revoked') return { image: undefined, imageAlt: undefined };
	return { image: paths.socialCard('credentials', credential.id), imageAlt: `${credential.title}: a micro-credential from ${credential.issuerName}` };
}
