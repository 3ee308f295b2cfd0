import type { Problem } from '../../errors/format-issues.ts';
import { toDistrictSlug } from '../../model/district-slug.ts';
import { assignPortfolioSlugs } from '../../model/portfolio-slug.ts';
import { describeOrigin, problemAt, type RowToCheck } from '../record-origin.ts';
import type { Educator } from '../../schemas/export-educator.ts';
import type { RuleContext } from './rule-context.ts';

function checkPortfolioSlugs(educators: readonly RowToCheck<Educator>[]): Problem[] {
	// Only explicit slugs can clash, so a row whose name failed its check still takes part.
	const { clashes } = assignPortfolioSlugs(educators.map(({ data }) => ({ educator_id: String(data.educator_id), name: data.name ?? '', portfolio_slug: data.portfolio_slug })));
	const problems: Problem[] = [];
	for (const { slug } of clashes) {
		const [first, ...others] = educators.filter(({ data }) => data.portfolio_slug === slug);
		for (const other of others) {
			problems.push(
				problemAt(other.origin, 'portfolio_slug', `is "${slug}", already used by the educator on ${describeOrigin(first!.origin)}; give each educator their own slug, or leave it empty`),
			);
		}
	}
	return problems;
}

/** Different spellings of one district would split its roster, or two districts would share a page. */
function checkDistrictSlugs(educators: readonly RowToCheck<Educator>[]): Problem[] {
	const spellings = new Map<string, RowToCheck<Educator>>();
	const reported = new Set<string>();
	const problems: Problem[] = [];
	for (const educator of educators) {
		const district = educator.data.district;
		if (!district) continue;
		const slug = toDistrictSlug(district);
		const first = spellings.get(slug);
		if (!first) {
			spellings.set(slug, educator);
			continue;
		}
		if (first.data.district === district || reported.has(district)) continue;
		reported.add(district);
		problems.push(
			problemAt(
				educator.origin,
				'district',
				`is "${district}", but "${first.data.district}" on ${describeOrigin(first.origin)} gets the same page /districts/${slug}/; spell the district the same way on every row`,
			),
		);
	}
	return problems;
}

/** Portfolio and district addresses must each lead to exactly one page. */
export function checkSlugs({ exported }: RuleContext): Problem[] {
	return [...checkPortfolioSlugs(exported.rows.educators), ...checkDistrictSlugs(exported.rows.educators)];
}
