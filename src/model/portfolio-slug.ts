import { createHash } from 'node:crypto';
import { slugify } from './slugify.ts';

/** What a portfolio address is made from. */
export interface SlugSource {
	educator_id: string;
	name: string;
	portfolio_slug?: string | undefined;
}

/** An explicit `portfolio_slug` given to more than one educator. */
export interface SlugClash {
	slug: string;
	/** The educators that asked for it, in input order. */
	educatorIds: string[];
}

const shortHashLength = 6;
/** Names in scripts without Latin letters still need a readable stem. */
const fallbackStem = 'educator';

function hashOf(id: string): string {
	return createHash('sha256').update(id).digest('hex');
}

/**
 * Gives every educator a portfolio slug: their `portfolio_slug`, else their slugified name plus a
 * short hash of `educator_id`. A generated slug that meets another slug gets a longer hash; since
 * each round looks only at the set of slugs, never at row order, the result does not depend on
 * how the export is sorted. Explicit slugs are the educator's choice, so clashes between them are
 * returned for the validator to report instead of being renamed.
 */
export function assignPortfolioSlugs(sources: readonly SlugSource[]): { slugs: Map<string, string>; clashes: SlugClash[] } {
	const slugs = new Map<string, string>();
	const explicit = new Map<string, string[]>();
	for (const source of sources) {
		if (!source.portfolio_slug) continue;
		explicit.set(source.portfolio_slug, [...(explicit.get(source.portfolio_slug) ?? []), source.educator_id]);
		slugs.set(source.educator_id, source.portfolio_slug);
	}
	const taken = new Set(explicit.keys());
	let pending = sources
		.filter((source) => !source.portfolio_slug)
		.map((source) => ({ id: source.educator_id, stem: slugify(source.name) || fallbackStem, hash: hashOf(source.educator_id) }));
	for (let length = shortHashLength; pending.length > 0; length += 2) {
		const candidates = pending.map((item) => ({ ...item, slug: `${item.stem}-${item.hash.slice(0, length)}` }));
		const counts = new Map<string, number>();
		for (const { slug } of candidates) counts.set(slug, (counts.get(slug) ?? 0) + 1);
		const lastRound = length >= candidates[0]!.hash.length;
		const settled = candidates.filter(({ slug }) => lastRound || (counts.get(slug) === 1 && !taken.has(slug)));
		for (const { id, slug } of settled) {
			slugs.set(id, slug);
			taken.add(slug);
		}
		pending = lastRound ? [] : pending.filter(({ id }) => !slugs.has(id));
	}
	const clashes = [...explicit].filter(([, ids]) => ids.length > 1).map(([slug, educatorIds]) => ({ slug, educatorIds }));
	return { slugs, clashes };
}
