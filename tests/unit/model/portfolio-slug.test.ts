import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toDistrictSlug } from '../../../src/model/district-slug.ts';
import { assignPortfolioSlugs } from '../../../src/model/portfolio-slug.ts';
import { slugify } from '../../../src/model/slugify.ts';

const hash = (id: string) => createHash('sha256').update(id).digest('hex');

describe('slugify', () => {
	it.each([
		["Zoë O'Brien-Núñez", 'zoe-obrien-nunez'],
		['Søren Østergaard', 'soren-ostergaard'],
		['Łukasz Wiśniewski', 'lukasz-wisniewski'],
		['Đorđe Đukić', 'dorde-dukic'],
		['Jörg Weiß', 'jorg-weiss'],
		['Nguyễn Thị Thảo', 'nguyen-thi-thao'],
		['  St. Brigid’s   Academy!  ', 'st-brigids-academy'],
		['王芳', ''],
	])('turns %s into "%s"', (name, slug) => {
		expect(slugify(name)).toBe(slug);
	});

	it('cuts long names at a word boundary', () => {
		expect(slugify('Anne-Sophie Marie-Claire Béranger-Lefèvre de la Fontaine-Dubois', 30)).toBe('anne-sophie-marie-claire');
	});
});

describe('assignPortfolioSlugs', () => {
	const educators = [
		{ educator_id: 'u-1', name: 'Ana García' },
		{ educator_id: 'u-2', name: '王芳' },
		{ educator_id: 'u-3', name: 'Sam Lee', portfolio_slug: 'sam-teaches' },
	];

	it('uses the chosen slug, else the name plus six characters of the id hash, else "educator"', () => {
		expect(Object.fromEntries(assignPortfolioSlugs(educators).slugs)).toEqual({
			'u-1': `ana-garcia-${hash('u-1').slice(0, 6)}`,
			'u-2': `educator-${hash('u-2').slice(0, 6)}`,
			'u-3': 'sam-teaches',
		});
	});

	it('does not depend on row order', () => {
		const forward = assignPortfolioSlugs(educators).slugs;
		const backward = assignPortfolioSlugs([...educators].reverse()).slugs;
		expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));
	});

	it('lengthens the hash of a generated slug that meets a chosen one, whatever the order', () => {
		const taken = `ana-garcia-${hash('u-1').slice(0, 6)}`;
		const rows = [{ educator_id: 'u-1', name: 'Ana García' }, { educator_id: 'u-9', name: 'Other', portfolio_slug: taken }];
		const expected = { 'u-1': `ana-garcia-${hash('u-1').slice(0, 8)}`, 'u-9': taken };
		expect(Object.fromEntries(assignPortfolioSlugs(rows).slugs)).toEqual(expected);
		expect(Object.fromEntries(assignPortfolioSlugs([...rows].reverse()).slugs)).toEqual(expected);
	});

	it('reports chosen slugs that clash instead of renaming them', () => {
		const rows = [...educators, { educator_id: 'u-4', name: 'Sam Li', portfolio_slug: 'sam-teaches' }];
		expect(assignPortfolioSlugs(rows).clashes).toEqual([{ slug: 'sam-teaches', educatorIds: ['u-3', 'u-4'] }]);
	});
});

describe('toDistrictSlug', () => {
	it('slugifies the name, and falls back to a stable hash for names without Latin letters', () => {
		expect(toDistrictSlug('Port Alder & Bay District')).toBe('port-alder-bay-district');
		expect(toDistrictSlug('札幌市教育委員会')).toBe(`district-${hash('札幌市教育委員会').slice(0, 8)}`);
	});
});
