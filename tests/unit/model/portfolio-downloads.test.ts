import { beforeAll, describe, expect, it } from 'vitest';
import type { EarnerExport } from '../../../src/export/earner-export.ts';
import { parseCsv } from '../../../src/export/csv/parse-csv.ts';
import { validateExport } from '../../../src/export/validate-export.ts';
import { buildPortfolioSite } from '../../../src/model/build-portfolio-site.ts';
import type { Portfolio } from '../../../src/model/portfolio.ts';
import { toPortfolioJson, toTranscriptCsv, type DownloadUrls } from '../../../src/model/portfolio-downloads.ts';
import { loadFixtureCatalog, now, validExportDir } from '../export/support/export-fixture.ts';

const site = 'https://credentials.example.org';
const urls: DownloadUrls = {
	portfolio: `${site}/educators/ana/`,
	award: (awardId) => `${site}/educators/ana/${awardId}/`,
	credential: (credentialId) => `${site}/credentials/${credentialId}/`,
};

/** What the withheld evidence says in the export, beyond its title, which no download may repeat. */
const withheldDescription = 'Names the three students who struggled most';

let exported: EarnerExport;
let portfolios: Portfolio[];

beforeAll(async () => {
	const catalog = await loadFixtureCatalog();
	const valid = (await validateExport(validExportDir, { catalog, now })).exported!;
	// The fixture's withheld evidence has a file; give it a description too, so both must be dropped.
	exported = { ...valid, evidence: valid.evidence.map((item) => (item.visibility === 'withheld' ? { ...item, description: withheldDescription } : item)) };
	portfolios = buildPortfolioSite(catalog, exported, now).portfolios;
});

async function parseRows(csv: string): Promise<string[][]> {
	const rows: string[][] = [];
	for await (const record of parseCsv([csv])) {
		expect(record.issues).toEqual([]);
		rows.push(record.fields);
	}
	return rows;
}

describe('toPortfolioJson', () => {
	it('holds no email address and no educator id', () => {
		for (const portfolio of portfolios) {
			const json = toPortfolioJson(portfolio, urls);
			const educator = exported.educators.find((item) => item.educator_id === portfolio.educatorId)!;
			expect(educator.email).toBeDefined();
			expect(json).not.toContain(educator.email!);
			expect(json).not.toContain(educator.educator_id);
			expect(JSON.parse(json)).not.toHaveProperty('educatorId');
		}
	});

	it('lists withheld evidence by type and title only', () => {
		const withheld = exported.evidence.filter((item) => item.visibility === 'withheld');
		expect(withheld.length).toBeGreaterThan(0);
		const documents = portfolios.map((portfolio) => JSON.parse(toPortfolioJson(portfolio, urls)) as { awards: { evidence: Record<string, unknown>[] }[] });
		for (const record of withheld) {
			const listed = documents.flatMap((document) => document.awards.flatMap((award) => award.evidence)).filter((item) => item['evidenceId'] === record.evidence_id);
			expect(listed).toEqual([{ evidenceId: record.evidence_id, type: record.type, title: record.title, visibility: 'withheld' }]);
		}
		const all = portfolios.map((portfolio) => toPortfolioJson(portfolio, urls)).join('\n');
		expect(all).not.toContain(withheldDescription);
		for (const record of withheld) if (record.file) expect(all).not.toContain(record.file);
	});

	it('links the portfolio, each award and its credential with absolute URLs', () => {
		const portfolio = portfolios.find((item) => item.awards.length > 0)!;
		const document = JSON.parse(toPortfolioJson(portfolio, urls)) as { url: string; awards: { awardId: string; credentialId: string; url: string; credentialUrl: string }[] };
		expect(document.url).toBe(urls.portfolio);
		expect(document.awards.map((award) => [award.url, award.credentialUrl])).toEqual(portfolio.awards.map((award) => [urls.award(award.awardId), urls.credential(award.credentialId)]));
	});
});

describe('toTranscriptCsv', () => {
	it('writes one row per award that a CSV reader gets back intact, commas, quotes and line breaks included', async () => {
		const tricky = 'Questions, "hinge" and\nwait time';
		const source = portfolios.find((item) => item.awards.length > 1)!;
		const portfolio = { ...source, awards: source.awards.map((award, index) => (index === 0 ? { ...award, credentialTitle: tricky, rubricLevel: 'Level "3", high' } : award)) };
		const csv = toTranscriptCsv(portfolio, urls);
		expect(csv).toContain('"Questions, ""hinge"" and\nwait time"');
		const [header, ...rows] = await parseRows(csv);
		expect(header).toContain('credential');
		const column = (name: string) => header!.indexOf(name);
		expect(rows.map((row) => row[column('award_id')])).toEqual(portfolio.awards.map((award) => award.awardId));
		expect(rows[0]![column('credential')]).toBe(tricky);
		expect(rows[0]![column('rubric_level')]).toBe('Level "3", high');
		expect(rows.map((row) => row[column('award_url')])).toEqual(portfolio.awards.map((award) => urls.award(award.awardId)));
	});

	it('counts no hours for a revoked award', async () => {
		const portfolio = portfolios.find((item) => item.awards.some((award) => award.status === 'revoked'))!;
		const [header, ...rows] = await parseRows(toTranscriptCsv(portfolio, urls));
		const revoked = rows.filter((row) => row[header!.indexOf('status')] === 'revoked');
		expect(revoked.length).toBeGreaterThan(0);
		for (const row of revoked) expect([row[header!.indexOf('contact_hours')], row[header!.indexOf('credited_this_cycle')]]).toEqual(['0', '0']);
	});

	it('holds no email address, educator id or evidence', () => {
		for (const portfolio of portfolios) {
			const csv = toTranscriptCsv(portfolio, urls);
			const educator = exported.educators.find((item) => item.educator_id === portfolio.educatorId)!;
			expect(csv).not.toContain(educator.email!);
			expect(csv).not.toContain(educator.educator_id);
			for (const item of portfolio.awards.flatMap((award) => award.evidence)) expect(csv).not.toContain(item.title);
		}
	});
});
