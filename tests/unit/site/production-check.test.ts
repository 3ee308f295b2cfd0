import { describe, expect, it } from 'vitest';
import { DEMO_SALT_SECRET } from '../../../src/openbadges/site/ob-settings.ts';
import { createObUrls } from '../../../src/openbadges/urls.ts';
import { checkProductionSettings, productionProblems, productionSettings } from '../../../src/site/production-check.ts';
import { LOCAL_SITE_URL, localSiteUrlWarning, resolveSiteUrl } from '../../../src/site/site-url.ts';

const goodSecret = 'a3f1c9e07b5d4f2a8c6e1b0d9f7a5c3e';
/** A signing key as `npm run generate:signing-key` prints one (never used for real credentials). */
const signingKey = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';

function refusal(env: Record<string, string | undefined>): string {
	try {
		checkProductionSettings(env);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('expected the production check to refuse the build');
}

describe('the site URL', () => {
	it('is SITE_URL when set', () => {
		expect(resolveSiteUrl({ SITE_URL: 'https://badges.example.org' })).toEqual({ url: 'https://badges.example.org', local: false });
	});

	it('falls back to the local preview address, with a warning that says where links point', () => {
		expect(resolveSiteUrl({})).toEqual({ url: LOCAL_SITE_URL, local: true });
		expect(resolveSiteUrl({ SITE_URL: '  ' })).toEqual({ url: LOCAL_SITE_URL, local: true });
		expect(localSiteUrlWarning).toBe(
			'SITE_URL is not set, so every link, Open Badges assertion id, sitemap entry and feed entry points at http://localhost:4321. ' +
				'That is right for `npm run preview`; to publish, set SITE_URL to the address the site is served from (see docs/deploy.md).',
		);
	});

	it('refuses a SITE_URL that is not a web address', () => {
		expect(() => resolveSiteUrl({ SITE_URL: 'badges.example.org' })).toThrow(
			'environment: SITE_URL is "badges.example.org", which is not a web address; set it to the address the site is served from, e.g. SITE_URL=https://badges.example.org (see docs/deploy.md).',
		);
	});

	it('Open Badges URLs name SITE_URL when the site is not http(s)', () => {
		expect(() => createObUrls({ site: 'ftp://badges.example.org' })).toThrow(
			'Site URL "ftp://badges.example.org" is not an http(s) URL; Open Badges ids must be web addresses. Set SITE_URL to the address the site is served from, e.g. SITE_URL=https://badges.example.org (see docs/deploy.md).',
		);
	});
});

describe('a production build', () => {
	it('needs nothing outside production', () => {
		expect(productionProblems({})).toEqual([]);
		expect(productionProblems({ CREDFOLIO_ENV: 'development' })).toEqual([]);
	});

	it('refuses to build without SITE_URL, OB_SALT_SECRET and a signing key, saying how to make each', () => {
		expect(refusal({ CREDFOLIO_ENV: 'production' })).toBe(
			[
				'CREDFOLIO_ENV=production, but the build is not safe to publish (see docs/deploy.md) (3 problems):',
				'  - environment: SITE_URL is not set, so every link and Open Badges id would point at http://localhost:4321; set it to the address the site is served from, e.g. SITE_URL=https://badges.example.org',
				"  - environment: OB_SALT_SECRET is not set, so recipient hashes would use the public demo secret and not protect emails; generate one with `openssl rand -hex 32` and keep it in the build's secret store, never in the repository",
				'  - environment: OB3_SIGNING_KEY is not set, nor is OB3_SIGNING_KEY_FILE, so Open Badges 3.0 credentials would be signed with a development key and marked "demo credentials - not for real use"; generate one with `npm run generate:signing-key` and keep it in the build\'s secret store (or in a file named by OB3_SIGNING_KEY_FILE), never in the repository (see docs/open-badges.md, "Signing keys")',
			].join('\n'),
		);
	});

	it('accepts a signing key from OB3_SIGNING_KEY or a file named by OB3_SIGNING_KEY_FILE, without echoing it', () => {
		const ready = { CREDFOLIO_ENV: 'production', SITE_URL: 'https://badges.example.org', OB_SALT_SECRET: goodSecret };
		expect(productionProblems({ ...ready, OB3_SIGNING_KEY: signingKey })).toEqual([]);
		expect(productionProblems({ ...ready, OB3_SIGNING_KEY_FILE: '/run/secrets/ob3-signing-key' })).toEqual([]);
		const problems = productionProblems({ ...ready, OB3_SIGNING_KEY: '  ' });
		expect(problems.map((problem) => problem.field)).toEqual(['OB3_SIGNING_KEY']);
		expect(JSON.stringify(productionProblems({ CREDFOLIO_ENV: 'production', OB3_SIGNING_KEY: signingKey }))).not.toContain(signingKey);
	});

	it.each([
		[DEMO_SALT_SECRET, 'is the public demo secret, which does not protect emails'],
		['tooshort', 'is shorter than 16 characters, so recipient hashes could be guessed'],
	])('refuses an unsafe OB_SALT_SECRET without echoing it', (secret, why) => {
		const message = refusal({ CREDFOLIO_ENV: 'production', SITE_URL: 'https://badges.example.org', OB_SALT_SECRET: secret, OB3_SIGNING_KEY: signingKey });
		expect(message).toBe(
			[
				'CREDFOLIO_ENV=production, but the build is not safe to publish (see docs/deploy.md) (1 problem):',
				`  - environment: OB_SALT_SECRET ${why}; generate one with \`openssl rand -hex 32\` and keep it in the build's secret store, never in the repository`,
			].join('\n'),
		);
		expect(message).not.toContain(secret);
	});

	it('builds with every required setting', () => {
		expect(productionProblems({ CREDFOLIO_ENV: 'production', SITE_URL: 'https://badges.example.org', OB_SALT_SECRET: goodSecret, OB3_SIGNING_KEY: signingKey })).toEqual([]);
		expect(productionSettings.map((setting) => setting.name)).toEqual(['SITE_URL', 'OB_SALT_SECRET', 'OB3_SIGNING_KEY']);
	});

	it('refuses an unknown CREDFOLIO_ENV instead of quietly building for development', () => {
		expect(() => productionProblems({ CREDFOLIO_ENV: 'prod' })).toThrow('environment: CREDFOLIO_ENV is "prod", which is not allowed; use one of: production, development');
	});
});
