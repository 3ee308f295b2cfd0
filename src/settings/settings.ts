import path from 'node:path';
import { z } from 'astro/zod';
import { InputError, toProblems, type Problem } from '../errors/format-issues.ts';
import { defaultEducatorVisibility, educatorVisibilities, type EducatorVisibility } from '../schemas/export-educator.ts';

/**
 * Every setting of a build, read and validated once, here, from the `credfolio()` options and the
 * environment. This is the only module that reads `process.env` (tests/unit/settings enforces it).
 * Options are what a site author sets in astro.config.mjs; environment variables are secrets and
 * per-deploy values, and override the option of the same setting where both exist, so a CI job or
 * a one-off build can change what the config says.
 */

type Env = Readonly<Record<string, string | undefined>>;

/** Where a build without SITE_URL points every absolute URL: the address of `astro preview`. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/**
 * Used only when OB_SALT_SECRET is unset, so a fresh checkout builds. Anyone can read it here,
 * so hashes made with it do not protect emails; the build warns until a real secret is set.
 */
export const DEMO_SALT_SECRET = 'credfolio-demo-salt-secret-not-for-production';

/** The environment variables that hold the Open Badges 3.0 signing key list, or name a file holding it. */
export const SIGNING_KEY_VARIABLE = 'OB3_SIGNING_KEY';
export const SIGNING_KEY_FILE_VARIABLE = 'OB3_SIGNING_KEY_FILE';

/** File types evidence may have when no configuration says otherwise. */
export const defaultEvidenceFileTypes = ['pdf', 'png', 'jpg', 'webp', 'mp3', 'mp4', 'txt'] as const;

/** Largest evidence file, in megabytes, when no configuration says otherwise. */
export const defaultMaxEvidenceFileMegabytes = 50;

export const bytesPerMegabyte = 1024 * 1024;

const defaultSiteName = 'Credfolio';
const defaultTagline = 'Research-backed micro-credentials for educators: show the teaching methods you practise, and count them toward licence renewal.';

const fileTypesSchema = z.array(z.string().regex(/^[a-z0-9]+$/, 'must list file extensions such as pdf,png,mp4')).min(1);
const fileTypeListSchema = z
	.string()
	.transform((value) => value.split(',').map((type) => type.trim().toLowerCase().replace(/^\./, '')).filter(Boolean))
	.pipe(fileTypesSchema);
const onOff = z.enum(['on', 'off']);
const secretSchema = z
	.string()
	.refine((value) => value.length >= 16, 'is shorter than 16 characters, so recipient hashes could be guessed; generate one with `openssl rand -hex 32`');

/** What a site author may pass to `credfolio()` in astro.config.mjs; every field has a default. */
export const optionsSchema = z.strictObject({
	/** The site's name: in every page title and on every social card. */
	siteName: z.string().trim().min(1).default(defaultSiteName),
	/** One sentence under the name on the site's default social card. */
	tagline: z.string().trim().min(1).default(defaultTagline),
	/** Folder holding the catalog (CONTENT_PATH overrides it). */
	contentPath: z.string().trim().min(1).default('content'),
	/** Visibility of educators whose export row leaves it empty (EXPORT_DEFAULT_VISIBILITY overrides it). */
	defaultVisibility: z.enum(educatorVisibilities).default(defaultEducatorVisibility),
	/** Extensions evidence files may have (EXPORT_FILE_TYPES overrides it). */
	evidenceFileTypes: fileTypesSchema.default([...defaultEvidenceFileTypes]),
	/** Largest evidence file in megabytes, 1 MB = 1,048,576 bytes (EXPORT_MAX_FILE_MB overrides it). */
	maxEvidenceFileMB: z.number().positive().default(defaultMaxEvidenceFileMegabytes),
	/** `credential`: award pages share their credential's card; `personal`: a card per award naming the educator (AWARD_CARDS overrides it). */
	awardCards: z.enum(['credential', 'personal']).default('credential'),
	/** Write a baked badge PNG per award instead of baking in the visitor's browser (BAKED_FILES overrides it). */
	bakedFiles: z.boolean().default(false),
});

/** The options of `credfolio()`, as a site author writes them (every field optional). */
export type CredfolioOptions = z.input<typeof optionsSchema>;

/**
 * The environment variables a build reads; empty values count as unset. Messages never quote a
 * value unless the schema's own message does, since settings can be secrets.
 */
const environmentSchema = z.object({
	CREDFOLIO_ENV: z.enum(['production', 'development']).optional(),
	SITE_URL: z.string().optional(),
	BASE_PATH: z.string().trim().optional(),
	CONTENT_PATH: z.string().trim().optional(),
	EXPORT_PATH: z.string().trim().min(1).default('data/demo-export'),
	EXPORT_DEFAULT_VISIBILITY: z.enum(educatorVisibilities).optional(),
	EXPORT_FILE_TYPES: fileTypeListSchema.optional(),
	EXPORT_MAX_FILE_MB: z.coerce.number().positive().optional(),
	BUILD_DATE: z.string().optional(),
	SOCIAL_CARDS: onOff.default('on'),
	AWARD_CARDS: z.enum(['credential', 'personal']).optional(),
	OB_SALT_SECRET: secretSchema.optional(),
	[SIGNING_KEY_VARIABLE]: z.string().optional(),
	[SIGNING_KEY_FILE_VARIABLE]: z.string().optional(),
	CACHE_DIR: z.string().trim().default('.cache'),
	EDUCATOR_PAGES: z.enum(['astro']).optional(),
	BAKED_FILES: onOff.optional(),
	BUILD_METRICS_FILE: z.string().optional(),
});

/** One row of the README's configuration table, generated from this list (tests/unit/settings). */
export interface SettingDoc {
	variable: string;
	/** The `credfolio()` option of the same setting, when a site author can set it in code. */
	option?: keyof CredfolioOptions;
	default: string;
	meaning: string;
}

/** Every variable of `environmentSchema`, in the README's order, with what the README says of it. */
export const settingDocs: readonly SettingDoc[] = [
	{ variable: 'CREDFOLIO_ENV', default: '`development`', meaning: '`production` refuses to build without `SITE_URL`, a real `OB_SALT_SECRET` and a signing key ([deploy](docs/deploy.md))' },
	{ variable: 'SITE_URL', default: '`http://localhost:4321` (with a warning)', meaning: 'Origin the site is served from; used for canonical URLs, Open Badges ids, the sitemap, the feed and Open Graph tags; required in production' },
	{ variable: 'BASE_PATH', default: '`/`', meaning: 'Sub-path the site lives under, e.g. `/credfolio/` for a GitHub Pages project site; every link and asset respects it' },
	{ variable: 'CONTENT_PATH', option: 'contentPath', default: '`content`', meaning: 'Folder holding the catalog' },
	{ variable: 'EXPORT_PATH', default: '`data/demo-export`', meaning: 'The earner export: a folder of three CSV files or one JSON file' },
	{ variable: 'EXPORT_DEFAULT_VISIBILITY', option: 'defaultVisibility', default: '`private`', meaning: 'Visibility of educators whose row leaves it empty' },
	{ variable: 'EXPORT_FILE_TYPES', option: 'evidenceFileTypes', default: '`pdf,png,jpg,webp,mp3,mp4,txt`', meaning: 'Evidence files the export may carry (comma-separated extensions)' },
	{ variable: 'EXPORT_MAX_FILE_MB', option: 'maxEvidenceFileMB', default: '`50`', meaning: 'Largest evidence file the export may carry, in megabytes' },
	{ variable: 'BUILD_DATE', default: 'now', meaning: 'Pins "today" (expiry, licence cycles) so rebuilds are byte-identical' },
	{ variable: 'SOCIAL_CARDS', default: '`on`', meaning: '`off` skips social-card images for fast local builds' },
	{
		variable: 'AWARD_CARDS',
		option: 'awardCards',
		default: '`credential`',
		meaning: '`credential`: an award page shares its credential\'s social card; `personal`: a card per award naming the educator (about 40 ms and 28 KB more per award; see docs/performance.md)',
	},
	{ variable: 'OB_SALT_SECRET', default: 'a demo secret (with a warning)', meaning: 'Secret that makes Open Badges recipient salts; required in production (`openssl rand -hex 32`), never published' },
	{
		variable: SIGNING_KEY_VARIABLE,
		default: 'a development key in `.cache/ob3/` (with a warning; credentials say "demo")',
		meaning: 'Open Badges 3.0 signing key list; required in production unless `OB3_SIGNING_KEY_FILE` is set (`npm run generate:signing-key`), never published; see [open-badges.md](docs/open-badges.md#signing-keys)',
	},
	{ variable: SIGNING_KEY_FILE_VARIABLE, default: '(none)', meaning: 'A file holding the signing key list, instead of `OB3_SIGNING_KEY`' },
	{
		variable: 'CACHE_DIR',
		default: '`.cache`',
		meaning: 'Where images, thumbnails, Open Badges 3.0 signatures, the development signing key and stored educator pages are kept between builds; deleting it makes the next build cold',
	},
	{
		variable: 'EDUCATOR_PAGES',
		default: '(our renderer)',
		meaning: '`astro` lets Astro\'s own page loop render the educator pages, as the reference `tests/build/educator-pages.test.ts` compares against; by default they are rendered outside that loop and unchanged ones are reused ([architecture](docs/architecture.md))',
	},
	{ variable: 'BAKED_FILES', option: 'bakedFiles', default: '`off`', meaning: '`on` writes a baked badge PNG per award; by default badges are baked in the visitor\'s browser (see [performance](docs/performance.md))' },
	{ variable: 'BUILD_METRICS_FILE', default: '(none)', meaning: 'Set by `npm run bench`: the file the build appends its phase timings to' },
];

/** Where the Open Badges 3.0 signing key comes from; the key itself is read when signing starts, and never logged. */
export type SigningKeySource =
	| { kind: 'inline'; text: string }
	| { kind: 'file'; path: string }
	/** No key configured: a development key made once in the cache. */
	| { kind: 'demo'; file: string };

/** Evidence files an export may carry. */
export interface EvidenceFileRules {
	/** Lower-case extensions without the dot, e.g. `pdf`. */
	allowedTypes: readonly string[];
	maxBytes: number;
}

/** The file rules when nothing is configured. */
export const defaultEvidenceFileRules: EvidenceFileRules = {
	allowedTypes: defaultEvidenceFileTypes,
	maxBytes: defaultMaxEvidenceFileMegabytes * bytesPerMegabyte,
};

/** Where the site is published: `site` is the origin, `base` the path it lives under, `/` or `/x/`. */
export interface SiteLocation {
	site: string;
	base: string;
}

/** The build's settings: typed, validated and frozen. */
export interface Settings {
	production: boolean;
	location: SiteLocation;
	/** True when SITE_URL is unset and the local preview address stands in for it. */
	localSite: boolean;
	siteName: string;
	tagline: string;
	contentPath: string;
	export: { path: string; defaultVisibility: EducatorVisibility; files: EvidenceFileRules };
	/** The moment the build treats as now, ISO 8601; pinned by BUILD_DATE, else when the settings were read. */
	now: string;
	cards: { social: boolean; personalAward: boolean };
	openBadges: { saltSecret: string; demoSecret: boolean; bakedFiles: boolean };
	signingKey: SigningKeySource;
	cacheDir: string;
	/** `astro`: Astro's own loop renders the educator pages (the reference of the byte-for-byte test). */
	educatorPages: 'credfolio' | 'astro';
	/** Set by `npm run bench`: where the build appends its phase timings. */
	metricsFile: string | undefined;
}

/**
 * The part of the settings that can change a page's markup, and nothing secret: what routes get
 * through `virtual:credfolio/settings`, and what the page cache key digests whole.
 */
export interface PageSettings {
	location: SiteLocation;
	siteName: string;
	/** ISO 8601. */
	now: string;
	personalAwardCards: boolean;
	/** The build signs with the development key: pages say "demo credentials - not for real use". */
	demoCredentials: boolean;
}

export function toPageSettings(settings: Settings): PageSettings {
	return deepFreeze({
		location: { ...settings.location },
		siteName: settings.siteName,
		now: settings.now,
		personalAwardCards: settings.cards.personalAward,
		demoCredentials: settings.signingKey.kind === 'demo',
	});
}

/** A setting a production build cannot go out without. */
export interface RequiredSetting {
	/** The environment variable. */
	name: string;
	/** Why the setting is unfit for production, or undefined when it is fine; never quotes the value, which may be a secret. */
	problem(value: string | undefined, env: Env): string | undefined;
	/** How to make a good value, as an instruction. */
	howTo: string;
}

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

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
			!present(env[SIGNING_KEY_VARIABLE]) && !present(env[SIGNING_KEY_FILE_VARIABLE])
				? `is not set, nor is ${SIGNING_KEY_FILE_VARIABLE}, so Open Badges 3.0 credentials would be signed with a development key and marked "demo credentials - not for real use"`
				: undefined,
		howTo: `generate one with \`npm run generate:signing-key\` and keep it in the build's secret store (or in a file named by ${SIGNING_KEY_FILE_VARIABLE}), never in the repository (see docs/open-badges.md, "Signing keys")`,
	},
];

/** The settings a production build is missing, one problem each; none outside production. */
export function productionProblems(env: Env): Problem[] {
	if (env['CREDFOLIO_ENV']?.trim() !== 'production') return [];
	return productionSettings.flatMap((setting) => {
		const problem = setting.problem(env[setting.name]?.trim() || undefined, env);
		return problem === undefined ? [] : [{ file: 'environment', field: setting.name, message: `${problem}; ${setting.howTo}` }];
	});
}

/** The warning a build without SITE_URL prints once. */
export const localSiteUrlWarning =
	`SITE_URL is not set, so every link, Open Badges assertion id, sitemap entry and feed entry points at ${LOCAL_SITE_URL}. ` +
	'That is right for `npm run preview`; to publish, set SITE_URL to the address the site is served from (see docs/deploy.md).';

function siteUrlProblem(value: string): string | undefined {
	let parsed: URL | undefined;
	try {
		parsed = new URL(value);
	} catch {
		parsed = undefined;
	}
	if (parsed !== undefined && (parsed.protocol === 'https:' || parsed.protocol === 'http:')) return undefined;
	return `is ${JSON.stringify(value)}, which is not a web address; set it to the address the site is served from, e.g. SITE_URL=https://badges.example.org (see docs/deploy.md).`;
}

/** `/`, or the base path with one slash on each side: `/credfolio/`. */
function normaliseBase(base: string | undefined): string {
	const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Reads and validates every setting, once per build. Every bad value, of an option or a variable,
 * is one line of one InputError naming it and saying what to do; secrets are never quoted.
 */
export function readSettings(options: CredfolioOptions = {}, env: Env = process.env): Readonly<Settings> {
	const problems: Problem[] = [];
	const parsedOptions = optionsSchema.safeParse(options ?? {}, { reportInput: true });
	if (!parsedOptions.success) {
		const options = toProblems('astro.config.mjs', parsedOptions.error.issues).map((problem) => ({
			...problem,
			field: `credfolio() option ${problem.field}`.trim(),
			message: problem.message.replace('docs/authoring.md', "the README's Configuration table"),
		}));
		problems.push(...options);
	}
	const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
	const parsedEnv = environmentSchema.safeParse(given, { reportInput: true });
	if (!parsedEnv.success) problems.push(...toProblems('environment', parsedEnv.error.issues));
	const variables = parsedEnv.success ? parsedEnv.data : undefined;
	const siteUrl = given['SITE_URL']?.trim();
	const siteProblem = siteUrl ? siteUrlProblem(siteUrl) : undefined;
	if (siteProblem) problems.push({ file: 'environment', field: 'SITE_URL', message: siteProblem });
	const pinned = given['BUILD_DATE'];
	const now = pinned === undefined ? new Date() : new Date(pinned);
	if (Number.isNaN(now.getTime())) problems.push({ file: 'environment', field: 'BUILD_DATE', message: `is ${JSON.stringify(pinned)}, which is not a date; use an ISO date such as 2026-06-01` });
	if (present(given[SIGNING_KEY_VARIABLE]) && present(given[SIGNING_KEY_FILE_VARIABLE])) {
		problems.push({
			file: 'environment',
			field: SIGNING_KEY_VARIABLE,
			message: `and ${SIGNING_KEY_FILE_VARIABLE} are both set, so it is unclear which key signs; set only one (see docs/open-badges.md, "Signing keys")`,
		});
	}
	// A production build missing a secret says so first: it is the one refusal that protects people.
	const production = productionProblems(env);
	if (production.length > 0) throw new InputError('CREDFOLIO_ENV=production, but the build is not safe to publish (see docs/deploy.md)', production);
	if (problems.length > 0 || !variables || !parsedOptions.success) throw new InputError('The build settings have problems', problems);

	const option = parsedOptions.data;
	const cacheDir = variables.CACHE_DIR;
	const inlineKey = variables[SIGNING_KEY_VARIABLE];
	const keyFile = variables[SIGNING_KEY_FILE_VARIABLE];
	const secret = variables.OB_SALT_SECRET;
	return deepFreeze({
		production: variables.CREDFOLIO_ENV === 'production',
		location: { site: siteUrl || LOCAL_SITE_URL, base: normaliseBase(variables.BASE_PATH) },
		localSite: !siteUrl,
		siteName: option.siteName,
		tagline: option.tagline,
		contentPath: variables.CONTENT_PATH || option.contentPath,
		export: {
			path: variables.EXPORT_PATH,
			defaultVisibility: variables.EXPORT_DEFAULT_VISIBILITY ?? option.defaultVisibility,
			files: { allowedTypes: variables.EXPORT_FILE_TYPES ?? option.evidenceFileTypes, maxBytes: (variables.EXPORT_MAX_FILE_MB ?? option.maxEvidenceFileMB) * bytesPerMegabyte },
		},
		now: now.toISOString(),
		cards: { social: variables.SOCIAL_CARDS === 'on', personalAward: (variables.AWARD_CARDS ?? option.awardCards) === 'personal' },
		openBadges: { saltSecret: secret ?? DEMO_SALT_SECRET, demoSecret: secret === undefined, bakedFiles: variables.BAKED_FILES === undefined ? option.bakedFiles : variables.BAKED_FILES === 'on' },
		signingKey: inlineKey !== undefined ? { kind: 'inline', text: inlineKey } : keyFile !== undefined ? { kind: 'file', path: keyFile } : { kind: 'demo', file: path.join(cacheDir, 'ob3', 'demo-signing-key.txt') },
		cacheDir,
		educatorPages: variables.EDUCATOR_PAGES === 'astro' ? 'astro' : 'credfolio',
		metricsFile: variables.BUILD_METRICS_FILE,
	} satisfies Settings);
}

/** Settings are shared by every stage and page of a build: nothing may change them on the way. */
function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
		for (const child of Object.values(value)) deepFreeze(child);
		Object.freeze(value);
	}
	return value;
}
