import { z } from 'astro/zod';
import { parseEnvironment } from '../../errors/format-issues.ts';

/**
 * Used only when OB_SALT_SECRET is unset, so a fresh checkout builds. Anyone can read it here,
 * so hashes made with it do not protect emails; the build warns until a real secret is set.
 */
export const DEMO_SALT_SECRET = 'credfolio-demo-salt-secret-not-for-production';

const settingsSchema = z.object({
	/** Keys every recipient salt; never published, never committed. */
	OB_SALT_SECRET: z
		.string()
		.refine((value) => value.length >= 16, 'is shorter than 16 characters, so recipient hashes could be guessed; generate one with `openssl rand -hex 32`')
		.optional(),
	/** `on`: write a baked PNG per award; `off`: visitors bake their badge in the browser when they download it. */
	BAKED_FILES: z.enum(['on', 'off']).default('off'),
});

export interface ObSettings {
	saltSecret: string;
	/** True when no secret is configured and the published demo secret is in use. */
	demoSecret: boolean;
	bakedFiles: boolean;
}

/** Reads the Open Badges settings from the environment; a bad value throws an InputError naming the variable, never its value. */
export function readObSettings(env: Record<string, string | undefined> = process.env): ObSettings {
	// The secret's refinement is a custom issue, whose message never quotes the input.
	const settings = parseEnvironment(settingsSchema, env, 'The Open Badges settings have problems');
	const secret = settings.OB_SALT_SECRET;
	return { saltSecret: secret ?? DEMO_SALT_SECRET, demoSecret: secret === undefined, bakedFiles: settings.BAKED_FILES === 'on' };
}
