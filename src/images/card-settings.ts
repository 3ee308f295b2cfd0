import { z } from 'astro/zod';
import { parseEnvironment } from '../errors/format-issues.ts';

const settingsSchema = z.object({
	/** `off` leaves every social card out (badges are still drawn), for fast local builds. */
	SOCIAL_CARDS: z.enum(['on', 'off']).default('on'),
	/**
	 * `credential`: an award page shares its credential's card, drawn once per credential.
	 * `personal`: a card per award naming the educator, about 40 ms of CPU and 28 KB each.
	 */
	AWARD_CARDS: z.enum(['credential', 'personal']).default('credential'),
});

/** Which social cards the build draws. */
export interface CardSettings {
	socialCards: boolean;
	personalAwardCards: boolean;
}

/** Reads the card settings from the environment; a bad value throws an InputError naming the variable. */
export function readCardSettings(env: Record<string, string | undefined> = process.env): CardSettings {
	const settings = parseEnvironment(settingsSchema, env, 'The image settings have problems');
	return { socialCards: settings.SOCIAL_CARDS === 'on', personalAwardCards: settings.AWARD_CARDS === 'personal' };
}
