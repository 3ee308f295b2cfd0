import { createObUrls } from '../../../src/paths.ts';
import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, InputError } from '../../../src/errors/format-issues.ts';
import { DEMO_SALT_SECRET, type CredfolioOptions, LOCAL_SITE_URL, localSiteUrlWarning, productionProblems, productionSettings, readSettings, toPageSettings } from '../../../src/settings/settings.ts';
import { projectRoot } from '../../support/astro-build.ts';

const goodSecret = 'a3f1c9e07b5d4f2a8c6e1b0d9f7a5c3e';
/** A signing key as `npm run generate:signing-key` prints one (never used for real credentials). */
const signingKey = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';

function refusal(env: Record<string, string | undefined>, options = {}): string {
	try {
		readSettings(options, env);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('expected the settings to be refused');
}

/** The problem lines of a refusal, as the build prints them. */
function problemLines(env: Record<string, string | undefined>, options = {}): string[] {
	try {
		readSettings(options, env);
	} catch (error) {
		expect(error).toBeInstanceOf(InputError);
		return (error as InputError).problems.map(formatProblem);
	}
	throw new Error('expected the settings to be refused');
}

describe('the site URL', () => {
	it('is SITE_URL when set, with the base path BASE_PATH names', () => {
		expect(readSettings({}, { SITE_URL: 'https://badges.example.org' })).toMatchObject({ location: { site: 'https://badges.example.org', base: '/' }, localSite: false });
		expect(readSettings({}, { SITE_URL: 'https://example.github.io', BASE_PATH: 'credfolio' }).location).toEqual({ site: 'https://example.github.io', base: '/credfolio/' });
	});

	it('falls back to the local preview address, with a warning that says where links point', () => {
		expect(readSettings({}, {})).toMatchObject({ location: { site: LOCAL_SITE_URL, base: '/' }, localSite: true });
		expect(readSettings({}, { SITE_URL: '  ' })).toMatchObject({ location: { site: LOCAL_SITE_URL }, localSite: true });
		expect(localSiteUrlWarning).toBe(
			'SITE_URL is not set, so every link, Open Badges assertion id, sitemap entry and feed entry points at http://localhost:4321. ' +
				'That is right for `npm run preview`; to publish, set SITE_URL to the address the site is served from (see docs/deploy.md).',
		);
	});

	it('refuses a SITE_URL that is not a web address', () => {
		expect(() => readSettings({}, { SITE_URL: 'badges.example.org' })).toThrow(
			'environment: SITE_URL is "badges.example.org", which is not a web address; set it to the address the site is served from, e.g. SITE_URL=https://badges.example.org (see docs/deploy.md).',
		);
	});

	it('Open Badges URLs name SITE_URL when the site is not http(s)', () => {
		expect(() => createObUrls({ site: 'ftp://badges.example.org', base: '/' })).toThrow(
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
		expect(() => readSettings({}, { CREDFOLIO_ENV: 'prod' })).toThrow('environment: CREDFOLIO_ENV is "prod", which is not allowed; use one of: production, development');
	});
});

describe('the settings', () => {
	it('default to the demo export, private educators, the issue\'s file rules and the development key', () => {
		const settings = readSettings({}, { BUILD_DATE: '2026-06-01' });
		expect(settings).toMatchObject({
			production: false,
			siteName: 'Credfolio',
			contentPath: 'content',
			export: { path: 'data/demo-export', defaultVisibility: 'private', files: { allowedTypes: ['pdf', 'png', 'jpg', 'webp', 'mp3', 'mp4', 'txt'], maxBytes: 52_428_800 } },
			now: '2026-06-01T00:00:00.000Z',
			cards: { social: true, personalAward: false },
			openBadges: { saltSecret: DEMO_SALT_SECRET, demoSecret: true, bakedFiles: false },
			signingKey: { kind: 'demo', file: path.join('.cache', 'ob3', 'demo-signing-key.txt') },
			cacheDir: '.cache',
			educatorPages: 'credfolio',
		});
		expect(Object.isFrozen(settings) && Object.isFrozen(settings.export.files)).toBe(true);
	});

	it('read every variable, ignoring empty values, and let it win over the option of the same setting', () => {
		const env = { EXPORT_PATH: 'exports/2025.json', EXPORT_DEFAULT_VISIBILITY: 'unlisted', EXPORT_FILE_TYPES: ' .PDF, docx ', EXPORT_MAX_FILE_MB: '2.5', AWARD_CARDS: 'personal', BAKED_FILES: 'off', SOCIAL_CARDS: 'off', HOME: '' };
		const options: CredfolioOptions = { defaultVisibility: 'public', evidenceFileTypes: ['png'], maxEvidenceFileMB: 10, awardCards: 'credential', bakedFiles: true };
		expect(readSettings(options, env)).toMatchObject({
			export: { path: 'exports/2025.json', defaultVisibility: 'unlisted', files: { allowedTypes: ['pdf', 'docx'], maxBytes: 2_621_440 } },
			cards: { social: false, personalAward: true },
			openBadges: { bakedFiles: false },
		});
		expect(readSettings(options, {})).toMatchObject({ export: { defaultVisibility: 'public', files: { allowedTypes: ['png'], maxBytes: 10_485_760 } }, cards: { personalAward: false }, openBadges: { bakedFiles: true } });
		expect(readSettings({ contentPath: 'catalog' }, {}).contentPath).toBe('catalog');
		expect(readSettings({ contentPath: 'catalog' }, { CONTENT_PATH: 'other' }).contentPath).toBe('other');
	});

	it('name every bad variable and option, and the fix, in one error', () => {
		expect(problemLines({ EXPORT_DEFAULT_VISIBILITY: 'everyone', EXPORT_MAX_FILE_MB: '-1', AWARD_CARDS: 'all', BAKED_FILES: 'yes', BUILD_DATE: 'soon' }, { siteName: '', colour: 'red' })).toEqual([
			'astro.config.mjs: credfolio() option siteName must not be empty; write a value or remove the field',
			'astro.config.mjs: credfolio() option has unknown field "colour"; check the spelling against the README\'s Configuration table or remove it',
			'environment: EXPORT_DEFAULT_VISIBILITY is "everyone", which is not allowed; use one of: public, unlisted, private',
			'environment: EXPORT_MAX_FILE_MB must be greater than 0, but is -1',
			'environment: AWARD_CARDS is "all", which is not allowed; use one of: credential, personal',
			'environment: BAKED_FILES is "yes", which is not allowed; use one of: on, off',
			'environment: BUILD_DATE is "soon", which is not a date; use an ISO date such as 2026-06-01',
		]);
		expect(refusal({ AWARD_CARDS: 'all' })).toBe('The build settings have problems (1 problem):\n  - environment: AWARD_CARDS is "all", which is not allowed; use one of: credential, personal');
	});

	it('refuse a short OB_SALT_SECRET and two signing keys without echoing either', () => {
		const seed = signingKey;
		const message = refusal({ OB_SALT_SECRET: 'short-secret', OB3_SIGNING_KEY: seed, OB3_SIGNING_KEY_FILE: 'k.txt' });
		expect(message).toContain('environment: OB_SALT_SECRET is shorter than 16 characters, so recipient hashes could be guessed');
		expect(message).toContain('environment: OB3_SIGNING_KEY and OB3_SIGNING_KEY_FILE are both set, so it is unclear which key signs; set only one');
		expect(message).not.toContain('short-secret');
		expect(message).not.toContain(seed);
	});

	it('say where the signing key comes from', () => {
		expect(readSettings({}, { OB3_SIGNING_KEY: signingKey }).signingKey).toEqual({ kind: 'inline', text: signingKey });
		expect(readSettings({}, { OB3_SIGNING_KEY_FILE: '/run/secrets/key', CACHE_DIR: '/tmp/c' }).signingKey).toEqual({ kind: 'file', path: '/run/secrets/key' });
		expect(readSettings({}, { CACHE_DIR: '/tmp/c' }).signingKey).toEqual({ kind: 'demo', file: '/tmp/c/ob3/demo-signing-key.txt' });
	});

	it('give routes only what shapes a page, and nothing secret', () => {
		const settings = readSettings({}, { SITE_URL: 'https://badges.example.org', OB_SALT_SECRET: goodSecret, OB3_SIGNING_KEY: signingKey, BUILD_DATE: '2026-06-01', AWARD_CARDS: 'personal' });
		const page = toPageSettings(settings);
		expect(page).toEqual({ location: { site: 'https://badges.example.org', base: '/' }, siteName: 'Credfolio', now: '2026-06-01T00:00:00.000Z', personalAwardCards: true, demoCredentials: false });
		expect(JSON.stringify(page)).not.toContain(goodSecret);
		expect(JSON.stringify(page)).not.toContain(signingKey);
	});
});

/** Every TypeScript and Astro file under `dir`. */
async function sourceFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the environment', () => {
	it('is read by the settings module alone: no other file of src/ names process.env', async () => {
		const readers: string[] = [];
		for (const file of await sourceFiles(path.join(projectRoot, 'src'))) {
			if (/process\.env\b|process\[['"]env['"]\]|import\.meta\.env\.(?!BASE_URL\b)[A-Z]/.test(await readFile(file, 'utf8'))) readers.push(path.relative(projectRoot, file));
		}
		expect(readers).toEqual(['src/settings/settings.ts']);
	});
});
