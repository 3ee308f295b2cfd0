/** Kinds of page that have their own social card. */
export type CardKind = 'credentials' | 'stacks' | 'portfolios' | 'awards';

/** Path of a credential's badge image, from the site root (prefix the base path). */
export function badgeImagePath(credentialId: string): string {
	return `/images/badges/${credentialId}.png`;
}

/** Path of a stack's badge image, from the site root. */
export function stackBadgeImagePath(stackId: string): string {
	return `/images/badges/stacks/${stackId}.png`;
}

/** Path of a page's social card from the site root; `ogImagePath('default')` is the card of pages without one. */
export function ogImagePath(kind: 'default'): string;
export function ogImagePath(kind: CardKind, id: string): string;
export function ogImagePath(kind: CardKind | 'default', id?: string): string {
	return kind === 'default' ? '/images/og/default.png' : `/images/og/${kind}/${id}.png`;
}
