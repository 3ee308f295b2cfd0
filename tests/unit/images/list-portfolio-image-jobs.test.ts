import { paths } from '../../../src/paths.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/catalog.ts';
import { listPortfolioImageJobs } from '../../../src/images/list-portfolio-image-jobs.ts';
import { fixtureSiteData } from '../../support/run-stage.ts';
import type { PortfolioSite } from '../../../src/model/build-portfolio-site.ts';
import type { PortfolioAward } from '../../../src/model/portfolio.ts';
import { loadFixtureCatalog, now, validExportDir } from '../export/support/export-fixture.ts';

let catalog: Catalog;
let site: PortfolioSite;
let anaSlug: string;

beforeAll(async () => {
	catalog = await loadFixtureCatalog();
	({ site } = await fixtureSiteData(catalog, { EXPORT_PATH: validExportDir, BUILD_DATE: now.toISOString() }));
	anaSlug = site.portfolios.find((portfolio) => portfolio.educatorId === 'plat-001')!.slug;
});

const faceOf = (credentialId: string) => {
	const entry = catalog.credentials.find((candidate) => candidate.id === credentialId)!;
	const focusArea = catalog.focusAreas.find((candidate) => candidate.id === entry.data.focusArea)!.data;
	const issuer = catalog.issuers.find((candidate) => candidate.id === entry.data.issuer)!.data;
	return { title: entry.data.title, issuerName: issuer.name, color: focusArea.color, icon: focusArea.icon };
};

describe('listPortfolioImageJobs', () => {
	it('lists a card per published portfolio and per award of it, except revoked awards', () => {
		const jobs = listPortfolioImageJobs(site, catalog, { siteName: 'Credfolio' });
		expect(jobs.map((job) => [job.template, job.path])).toEqual([
			['portfolio-card', paths.socialCard('portfolios', anaSlug)],
			['award-card', paths.socialCard('awards', 'aw-001')],
			['award-card', paths.socialCard('awards', 'aw-002')],
			['portfolio-card', paths.socialCard('portfolios', 'wang-fang')],
			['award-card', paths.socialCard('awards', 'aw-004')],
		]);
	});

	it('shows an educator’s name, district, valid credentials, hours and badges on their portfolio card', () => {
		const [ana] = listPortfolioImageJobs(site, catalog, { siteName: 'Credfolio' });
		const { color, icon } = faceOf('wait-time');
		expect(ana?.data).toEqual({
			siteName: 'Credfolio',
			name: 'Ana García',
			district: 'Riverbend Unified',
			credentialCount: 2,
			contactHours: 25,
			topBadges: [{ color, icon }, { color: faceOf('exit-tickets').color, icon: faceOf('exit-tickets').icon }],
		});
		const wang = listPortfolioImageJobs(site, catalog, { siteName: 'Credfolio' }).find((job) => job.path === paths.socialCard('portfolios', 'wang-fang'));
		expect(wang?.data).toMatchObject({ name: '王芳', district: 'Lakeview District', credentialCount: 1, contactHours: 20 });
	});

	it('counts and shows valid awards once per credential, the badges worth the most hours first', () => {
		const awards = [6, 2, 9, 4, 7, 3, 5, 8].map((hours, index): PortfolioAward => ({
			awardId: `aw-${index}`,
			credentialId: catalog.credentials[index % catalog.credentials.length]!.id,
			credentialTitle: '',
			focusAreaId: '',
			awardedOn: `2024-0${9 - index}-01`,
			rubricLevel: 'Proficient',
			hours,
			status: index === 3 ? 'expired' : 'valid',
			evidence: [],
		}));
		const portfolio = { ...site.bySlug.get('wang-fang')!, awards };
		const [card] = listPortfolioImageJobs({ ...site, portfolios: [portfolio] }, catalog, { siteName: 'Credfolio' });
		if (card?.template !== 'portfolio-card') throw new Error('the first job should be the portfolio card');
		// Eight awards of five credentials: the expired one and the older award of each repeated credential do not count.
		const expected = [awards[2]!, awards[4]!, awards[0]!, awards[1]!].map((award) => faceOf(award.credentialId));
		expect(card.data.credentialCount).toBe(4);
		expect(card.data.topBadges).toEqual(expected.map(({ color, icon }) => ({ color, icon })));
	});

	it('shows who earned which credential, when, and for how many hours on an award card', () => {
		const award = listPortfolioImageJobs(site, catalog, { siteName: 'Credfolio' }).find((job) => job.path === paths.socialCard('awards', 'aw-004'));
		expect(award?.data).toEqual({
			siteName: 'Credfolio',
			educatorName: '王芳',
			badge: { kind: 'credential', face: faceOf('project-work') },
			issuedOn: '2024-02-02',
			contactHours: catalog.credentials.find((entry) => entry.id === 'project-work')!.data.contactHours,
		});
	});
});
