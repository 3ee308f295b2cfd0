import { InputError, type Problem } from '../errors/format-issues.ts';
import { isDemoSigningKey, SIGNING_KEY_FILE_VARIABLE, SIGNING_KEY_VARIABLE } from '../openbadges/ob3/signing-keys.ts';
import { DEMO_SALT_SECRET } from '../openbadges/site/ob-settings.ts';
import { LOCAL_SITE_URL } from './site-url.ts';

type Env = Record<string, string | undefined>;

/** A setting a production build cannot go out without. */
export interface RequiredSetting {
	/** The environment variable. */
	name: string;
	/** Why the setting is unfit for production, or undefined when it is fine; never quotes the value, which may be a secret. */
	problem(value: string | undefined, env: Env): string | undefined;
	/** How to make a good value, as an instruction. */
	howTo: string;
}

/** Every setting `CREDFOLIO_ENV=production` insists on; a new secret is one more entry. */
export const productionSettings: readonly RequiredSetting[] = [
	{
		name: 'SITE_URL',
		problem: (value) => (value ? undefined : `is not set, so every link and Open Badges id would point at ${LOCAL_SITE_URL}`),
		howTo: 'set it to the address the site is served from, e.g. SITE_URL=https://badges.example.org',
	},
	{
		name: 'OB_SALT_SECRET',
		problem: (value) => {
			if (!value) return 'is not set, so recipient hashes would use the public demo secret and not protect emails';
			if (value === DEMO_SALT_SECRET) return 'is the public demo secret, which does not protect emails';
			if (value.length < 16) return 'is shorter than 16 characters, so recipient hashes could be guessed';
			return undefined;
		},
		howTo: 'generate one with `openssl rand -hex 32` and keep it in the build\'s secret store, never in the repository',
	},
	{
		name: SIGNING_KEY_VARIABLE,
		problem: (_value, env) =>
			isDemoSigningKey(env) ? `is not set, nor is ${SIGNING_KEY_FILE_VARIABLE}, so Open Badges 3.0 credentials would be signed with a development key and marked "demo credentials - not for real use"` : undefined,
		howTo: `generate one with \`npm run generate:signing-key\` and keep it in the build's secret store (or in a file named by ${SIGNING_KEY_FILE_VARIABLE}), never in the repository (see docs/open-badges.md, "Signing keys")`,
	},
];

const ENVIRONMENTS = ['production', 'development'];

/** True when the environment asks for a production build; an unknown CREDFOLIO_ENV is an error rather than quietly not production. */
export function isProduction(env: Env = process.env): boolean {
	const value = env['CREDFOLIO_ENV']?.trim();
	if (!value) return false;
	if (!ENVIRONMENTS.includes(value)) {
		throw new InputError('The build settings have problems', [
			{ file: 'environment', field: 'CREDFOLIO_ENV', message: `is ${JSON.stringify(value)}, which is not allowed; use one of: ${ENVIRONMENTS.join(', ')}` },
		]);
	}
	return value === 'production';
}

/** The settings a production build is missing, one problem each; none outside production. */
export function productionProblems(env: Env = process.env): Problem[] {
	if (!isProduction(env)) return [];
	return productionSettings.flatMap((setting) => {
		const problem = setting.problem(env[setting.name]?.trim() || undefined, env);
		return problem === undefined ? [] : [{ file: 'environment', field: setting.name, message: `${problem}; ${setting.howTo}` }];
	});
}

/** Stops a production build that would publish unsafe defaults, naming each missing setting and how to make it. */
export function checkProductionSettings(env: Env = process.env): void {
	const problems = productionProblems(env);
	if (problems.length > 0) {
		throw new InputError('CREDFOLIO_ENV=production, but the build is not safe to publish (see docs/deploy.md)', problems);
	}
}
