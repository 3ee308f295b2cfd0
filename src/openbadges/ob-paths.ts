/**
 * Site paths (from the site base, like `routes` in src/site/urls.ts) of every Open Badges file,
 * so pages link to exactly the files the build writes. Ids are encoded once, here.
 */

const segment = (id: string): string => encodeURIComponent(id);

export function issuerPath(issuerId: string): string {
	return `/ob/issuers/${segment(issuerId)}.json`;
}

export function badgeClassPath(credentialId: string): string {
	return `/ob/badges/${segment(credentialId)}.json`;
}

export function stackBadgeClassPath(stackId: string): string {
	return `/ob/badges/stacks/${segment(stackId)}.json`;
}

/** The hosted assertion of an award (or of a completed stack, see `stackAssertionKey`); award pages link it. */
export function assertionPath(assertionKey: string): string {
	return `/ob/assertions/${segment(assertionKey)}.json`;
}

/** Where a baked badge is stored when the build writes baked files (`BAKED_FILES=on`). */
export function bakedBadgePath(assertionKey: string): string {
	return `/ob/baked/${segment(assertionKey)}.png`;
}

/**
 * The key of a completed stack's assertion. Award ids cannot contain a dot, so this can never
 * collide with one, and it names no platform id: the portfolio slug is already public.
 */
export function stackAssertionKey(portfolioSlug: string, stackId: string): string {
	return `${stackId}.${portfolioSlug}`;
}
