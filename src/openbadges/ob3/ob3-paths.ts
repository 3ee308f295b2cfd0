import type { SiteLocation } from '../urls.ts';

/**
 * Site paths (from the site base, like `routes` in src/site/urls.ts) of every Open Badges 3.0
 * file, so pages link to exactly the files the build writes. OB 2.0 files are in ../ob-paths.ts.
 */

const segment = (id: string): string => encodeURIComponent(id);

/** The signed OpenBadgeCredential of an award, or of a completed stack (key from `stackAssertionKey`). */
export function ob3CredentialPath(assertionKey: string): string {
	return `/ob3/credentials/${segment(assertionKey)}.json`;
}

/** The issuer's OB 3.0 Profile, listing its public keys; credentials name it as `issuer`. */
export function ob3IssuerPath(issuerId: string): string {
	return `/ob3/issuers/${segment(issuerId)}.json`;
}

/** The issuer's signed Bitstring Status List credential (revocation bits). */
export function ob3StatusListPath(issuerId: string): string {
	return `/ob3/status/${segment(issuerId)}.json`;
}

/** "Download all my credentials": a Verifiable Presentation of every signed credential of one educator. */
export function ob3PresentationPath(portfolioSlug: string): string {
	return `/educators/${segment(portfolioSlug)}/credentials.json`;
}

/**
 * The did:web document: did:web puts a host's DID at /.well-known/did.json and a DID with a
 * path (a site under a base path) at <path>/did.json. Relative to the site base, like the rest.
 */
export function didDocumentPath(location: SiteLocation): string {
	return basePath(location) === '/' ? '/.well-known/did.json' : '/did.json';
}

/** The site's did:web DID: the host (a port escaped as %3A), then each base path segment. */
export function siteDid(location: SiteLocation): string {
	const site = new URL(location.site);
	const segments = basePath(location).split('/').filter(Boolean).map(segment);
	return ['did:web', segment(site.host), ...segments].join(':');
}

function basePath(location: SiteLocation): string {
	return `/${(location.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}
