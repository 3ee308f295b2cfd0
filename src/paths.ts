import type { DownloadUrls } from './model/portfolio-downloads.ts';
import type { SiteLocation } from './settings/settings.ts';

/**
 * Every path the site publishes, from the site base (a leading `/` is the base, not the host root):
 * pages, images, Open Badges files, evidence and DID documents. Pages link to these, stages write
 * files at them, the sitemap lists them and tests look for them, so none can drift from the others.
 * Ids are URL-encoded here, once, where a path can hold any id; `siteUrls` adds the base path.
 */

const segment = (id: string): string => encodeURIComponent(id);

/** Kinds of page that have their own social card. */
export type CardKind = 'credentials' | 'stacks' | 'portfolios' | 'awards';

export const paths = {
	home: () => '/',
	focusAreas: () => '/focus-areas/',
	focusArea: (id: string) => `/focus-areas/${id}/`,
	credentials: () => '/credentials/',
	credential: (id: string) => `/credentials/${id}/`,
	stacks: () => '/stacks/',
	stack: (id: string) => `/stacks/${id}/`,
	issuers: () => '/issuers/',
	issuer: (id: string) => `/issuers/${id}/`,
	search: () => '/search/',
	educator: (slug: string) => `/educators/${slug}/`,
	award: (slug: string, awardId: string) => `/educators/${slug}/${awardId}/`,
	portfolioJson: (slug: string) => `/educators/${slug}/portfolio.json`,
	transcriptCsv: (slug: string) => `/educators/${slug}/transcript.csv`,
	districts: () => '/districts/',
	district: (slug: string) => `/districts/${slug}/`,
	feed: () => '/feed.xml',
	sitemap: () => '/sitemap.xml',
	/** The in-browser verifier; `url` pre-fills it with a credential's address. */
	verify: (url?: string) => (url === undefined ? '/verify/' : `/verify/?url=${encodeURIComponent(url)}`),

	/** A credential's badge image. */
	badgeImage: (credentialId: string) => `/images/badges/${credentialId}.png`,
	/** A stack's badge image. */
	stackBadgeImage: (stackId: string) => `/images/badges/stacks/${stackId}.png`,
	/** A page's social card; `socialCard('default')` is the card of pages without one. */
	socialCard: (kind: CardKind | 'default', id?: string) => (kind === 'default' ? '/images/og/default.png' : `/images/og/${kind}/${id}.png`),

	/** Public evidence files are housed beside their award, so they outlive the reviewing platform. */
	evidenceFile: (slug: string, awardId: string, fileName: string) => `/educators/${slug}/${awardId}/files/${fileName}`,

	/** Open Badges 2.0 hosted files. */
	ob: {
		issuer: (issuerId: string) => `/ob/issuers/${segment(issuerId)}.json`,
		badgeClass: (credentialId: string) => `/ob/badges/${segment(credentialId)}.json`,
		stackBadgeClass: (stackId: string) => `/ob/badges/stacks/${segment(stackId)}.json`,
		/** The hosted assertion of an award, or of a completed stack (see `stackAssertionKey`); award pages link it. */
		assertion: (assertionKey: string) => `/ob/assertions/${segment(assertionKey)}.json`,
		/** Where a baked badge is stored when the build writes baked files (`BAKED_FILES=on`). */
		baked: (assertionKey: string) => `/ob/baked/${segment(assertionKey)}.png`,
	},

	/** Open Badges 3.0 files. */
	ob3: {
		/** The signed OpenBadgeCredential of an award, or of a completed stack (key from `stackAssertionKey`). */
		credential: (assertionKey: string) => `/ob3/credentials/${segment(assertionKey)}.json`,
		/** The issuer's OB 3.0 Profile, listing its public keys; credentials name it as `issuer`. */
		issuer: (issuerId: string) => `/ob3/issuers/${segment(issuerId)}.json`,
		/** The issuer's signed Bitstring Status List credential (revocation bits). */
		statusList: (issuerId: string) => `/ob3/status/${segment(issuerId)}.json`,
		/** "Download all my credentials": a Verifiable Presentation of every signed credential of one educator. */
		presentation: (portfolioSlug: string) => `/educators/${segment(portfolioSlug)}/credentials.json`,
	},

	/**
	 * The site's did:web document: did:web puts a host's DID at /.well-known/did.json and a DID with a
	 * path (a site under a base path) at <path>/did.json.
	 */
	didDocument: (base: string) => (base === '/' ? '/.well-known/did.json' : '/did.json'),
};

/**
 * The key of a completed stack's assertion and credential. Award ids cannot contain a dot, so this
 * can never collide with one, and it names no platform id: the portfolio slug is already public.
 */
export function stackAssertionKey(portfolioSlug: string, stackId: string): string {
	return `${stackId}.${portfolioSlug}`;
}

/**
 * The routes whose pages may be searchable (BaseLayout's `searchable`): credentials and portfolios.
 * The search index reads only their built pages, not the award pages that are most of a large site;
 * tests/e2e/search-index-coverage.test.ts fails if a built page with `data-pagefind-body` is elsewhere.
 */
export const searchableRoutes = [paths.credential('*'), paths.educator('*')];

/** Pagefind's glob, relative to the built site, for the pages of `searchableRoutes`. */
export const searchablePagesGlob = `{${searchableRoutes.map((route) => `${route.replace(/^\//, '')}index.html`).join(',')}}`;

/** Extensions sharp can read that get a thumbnail; other evidence is linked by name only. */
const thumbnailExtensions = new Set(['png', 'jpg', 'jpeg', 'webp']);

/**
 * The last segment of an export path, cut into a stem that is safe as a file name and a URL segment
 * on every host (letters and digits of any script, `.`, `_`, `-`) and a lower-case extension.
 * A leading dot is dropped so that no evidence file can become a hidden or server control file.
 */
function splitName(file: string): { stem: string; extension: string } {
	const base = file.normalize('NFC').split('/').pop() ?? '';
	const dot = base.lastIndexOf('.');
	const [rawStem, extension] = dot > 0 ? [base.slice(0, dot), base.slice(dot + 1).toLowerCase()] : [base, ''];
	const stem = rawStem.replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '-').replace(/^[.-]+|[.-]+$/g, '');
	return { stem: stem || 'file', extension: extension.replace(/[^a-z0-9]/g, '') };
}

/** Name of a housed evidence file in the site: its name in the export, made safe for every web host, e.g. `files/Lesson plan.PDF` becomes `Lesson-plan.pdf`. */
export function evidenceFileName(file: string): string {
	const { stem, extension } = splitName(file);
	return extension ? `${stem}.${extension}` : stem;
}

/** Name of an image's thumbnail beside it, e.g. `thumb-anchor-chart.webp`; undefined for evidence that is not an image. */
export function thumbnailFileName(file: string): string | undefined {
	const { stem, extension } = splitName(file);
	return thumbnailExtensions.has(extension) ? `thumb-${stem}.webp` : undefined;
}

/** Site path of a housed evidence file beside its award. */
export function evidenceFilePath(slug: string, awardId: string, file: string): string {
	return paths.evidenceFile(slug, awardId, evidenceFileName(file));
}

/** Site path of an image's thumbnail beside its award; undefined for evidence that is not an image. */
export function evidenceThumbnailPath(slug: string, awardId: string, file: string): string | undefined {
	const thumbnail = thumbnailFileName(file);
	return thumbnail === undefined ? undefined : paths.evidenceFile(slug, awardId, thumbnail);
}

/** Links and absolute URLs of the site at one location: the only place the base path is added. */
export interface SiteUrls {
	/** A site path with the base path in front, e.g. `/credfolio/credentials/x/`, for links within the site. */
	href(path: string): string;
	/** The absolute URL of a site path; an absolute URL passes through unchanged. */
	url(pathOrUrl: string): string;
	/** The site's did:web DID: the host (a port escaped as %3A), then each base path segment. */
	did: string;
}

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:/i;

export function siteUrls(location: SiteLocation): SiteUrls {
	const site = new URL(location.site);
	if (site.protocol !== 'https:' && site.protocol !== 'http:') {
		throw new Error(`Site URL "${location.site}" is not an http(s) URL; Open Badges ids must be web addresses. Set SITE_URL to the address the site is served from, e.g. SITE_URL=https://badges.example.org (see docs/deploy.md).`);
	}
	const base = location.base.replace(/\/$/, '');
	const href = (path: string) => `${base}/${path.replace(/^\/+/, '')}`;
	return {
		href,
		url: (pathOrUrl) => (ABSOLUTE_URL.test(pathOrUrl) ? pathOrUrl : new URL(href(pathOrUrl), site.origin).href),
		did: ['did:web', segment(site.host), ...location.base.split('/').filter(Boolean).map(segment)].join(':'),
	};
}

/** Every public URL of an Open Badges 2.0 file or badge image; the ids of OB 2.0 documents are these URLs. */
export interface ObUrls {
	/** Resolves a site path (a leading `/` still means the base) or passes an absolute URL through. */
	page(pathOrUrl: string): string;
	issuer(issuerSlug: string): string;
	badge(credentialSlug: string): string;
	stackBadge(stackSlug: string): string;
	assertion(awardId: string): string;
	badgeImage(credentialSlug: string): string;
	stackBadgeImage(stackSlug: string): string;
}

export function createObUrls(location: SiteLocation): ObUrls {
	const { url } = siteUrls(location);
	return {
		page: url,
		issuer: (slug) => url(paths.ob.issuer(slug)),
		badge: (slug) => url(paths.ob.badgeClass(slug)),
		stackBadge: (slug) => url(paths.ob.stackBadgeClass(slug)),
		assertion: (awardId) => url(paths.ob.assertion(awardId)),
		badgeImage: (slug) => url(paths.badgeImage(segment(slug))),
		stackBadgeImage: (slug) => url(paths.stackBadgeImage(segment(slug))),
	};
}

/** Every public URL of an Open Badges 3.0 file; the ids of OB 3.0 documents are these URLs. */
export interface Ob3Urls {
	credential(assertionKey: string): string;
	issuer(issuerSlug: string): string;
	statusList(issuerSlug: string): string;
	presentation(portfolioSlug: string): string;
	didDocument: string;
	did: string;
}

export function createOb3Urls(location: SiteLocation): Ob3Urls {
	const { url, did } = siteUrls(location);
	return {
		credential: (key) => url(paths.ob3.credential(key)),
		issuer: (slug) => url(paths.ob3.issuer(slug)),
		statusList: (slug) => url(paths.ob3.statusList(slug)),
		presentation: (slug) => url(paths.ob3.presentation(slug)),
		didDocument: url(paths.didDocument(location.base)),
		did,
	};
}

/** The absolute URLs a portfolio's downloads (`portfolio.json`, `transcript.csv`) point at. */
export function downloadUrls(slug: string, { url }: Pick<SiteUrls, 'url'>): DownloadUrls {
	return {
		portfolio: url(paths.educator(slug)),
		award: (awardId) => url(paths.award(slug, awardId)),
		credential: (credentialId) => url(paths.credential(credentialId)),
	};
}
