import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors/format-issues.ts';
import { fixtureSiteData } from '../../support/run-stage.ts';
import type { PortfolioSite } from '../../../src/model/build-portfolio-site.ts';
import type { PortfolioEvidence } from '../../../src/model/portfolio.ts';
import { listHousedEvidence } from '../../../src/site/list-housed-evidence.ts';
import { loadFixtureCatalog, now, validExportDir } from '../export/support/export-fixture.ts';

let site: PortfolioSite;
let anaSlug: string;

beforeAll(async () => {
	({ site } = await fixtureSiteData(await loadFixtureCatalog(), { EXPORT_PATH: validExportDir, BUILD_DATE: now.toISOString() }));
	anaSlug = site.portfolios.find((portfolio) => portfolio.educatorId === 'plat-001')!.slug;
});

/** The fixture site with extra evidence on Wang Fang's award aw-004. */
function withEvidence(...extra: PortfolioEvidence[]): PortfolioSite {
	const copy = structuredClone(site);
	copy.portfolios.find((portfolio) => portfolio.slug === 'wang-fang')!.awards.find((award) => award.awardId === 'aw-004')!.evidence.push(...extra);
	return copy;
}

const image = (evidenceId: string, file: string): PortfolioEvidence => ({ evidenceId, type: 'image', title: evidenceId, visibility: 'public', file });

describe('listHousedEvidence', () => {
	it('houses the public files of published portfolios, beside their awards, and thumbnails the images', () => {
		expect(listHousedEvidence(site, 'export')).toEqual([
			{ evidenceId: 'ev-002', file: 'files/lesson-plan.pdf', path: `/educators/${anaSlug}/aw-001/files/lesson-plan.pdf` },
			{
				evidenceId: 'ev-004',
				file: 'files/project-wall.png',
				path: '/educators/wang-fang/aw-004/files/project-wall.png',
				thumbnailPath: '/educators/wang-fang/aw-004/files/thumb-project-wall.webp',
			},
		]);
	});

	it('copies a file shared by two awards beside each, and a file given twice for one award once', () => {
		const shared = withEvidence(image('ev-005', 'files/lesson-plan.pdf'), image('ev-006', 'files/project-wall.png'));
		expect(listHousedEvidence(shared, 'export').map((item) => item.path)).toEqual([
			`/educators/${anaSlug}/aw-001/files/lesson-plan.pdf`,
			'/educators/wang-fang/aw-004/files/project-wall.png',
			'/educators/wang-fang/aw-004/files/lesson-plan.pdf',
		]);
	});

	it('refuses two files that would be published under one name, naming both', () => {
		const clashing = withEvidence(image('ev-005', 'files/2024/project wall.png'), image('ev-006', 'files/project-wall.jpg'));
		let error: unknown;
		try {
			listHousedEvidence(clashing, 'data/export');
		} catch (thrown) {
			error = thrown;
		}
		expect(error).toBeInstanceOf(InputError);
		expect((error as InputError).message.split('\n')).toEqual([
			'Evidence files would overwrite each other in the site (2 problems):',
			'  - data/export: evidence ev-005 file is "files/2024/project wall.png", which is published as project-wall.png beside award aw-004, where evidence ev-004 ("files/project-wall.png") is published under the same name; rename one of the two files',
			'  - data/export: evidence ev-006 file is "files/project-wall.jpg", which is published as thumb-project-wall.webp beside award aw-004, where evidence ev-004 ("files/project-wall.png") is published under the same name; rename one of the two files',
		]);
	});
});
