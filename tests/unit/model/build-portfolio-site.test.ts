import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EarnerExport } from '../../../src/export/earner-export.ts';
import { validateExport } from '../../../src/export/validate-export.ts';
import { buildPortfolioSite, type PortfolioSite } from '../../../src/model/build-portfolio-site.ts';
import { loadFixtureCatalog, now, validExportDir } from '../export/support/export-fixture.ts';

let exported: EarnerExport;
let site: PortfolioSite;
const anaSlug = `ana-garcia-${createHash('sha256').update('plat-001').digest('hex').slice(0, 6)}`;

beforeAll(async () => {
	const catalog = await loadFixtureCatalog();
	exported = (await validateExport(validExportDir, { catalog, now })).exported!;
	site = buildPortfolioSite(catalog, exported, now);
});

describe('buildPortfolioSite', () => {
	it('publishes public and unlisted educators only, by slug', () => {
		expect(site.portfolios.map((portfolio) => [portfolio.slug, portfolio.visibility])).toEqual([
			[anaSlug, 'public'],
			['wang-fang', 'unlisted'],
		]);
		expect(site.bySlug.get('wang-fang')?.name).toBe('王芳');
	});

	it('never carries an email address or anything about a private educator', () => {
		const published = JSON.stringify({ ...site, bySlug: [...site.bySlug], holders: [...site.holders] });
		for (const educator of exported.educators) if (educator.email) expect(published).not.toContain(educator.email);
		expect(published).not.toContain('plat-003');
		expect(published).not.toContain('Seán');
	});

	it('keeps evidence in export order, the order the educator submitted it', () => {
		const award = site.bySlug.get(anaSlug)!.awards.find((item) => item.awardId === 'aw-001')!;
		expect(award.evidence.map((item) => item.evidenceId)).toEqual(['ev-001', 'ev-002']);
	});

	it('keeps only the type and title of withheld evidence', () => {
		const award = site.bySlug.get(anaSlug)!.awards.find((item) => item.awardId === 'aw-002')!;
		expect(award.evidence).toEqual([{ evidenceId: 'ev-003', type: 'transcript', title: 'Discussion transcript', visibility: 'withheld' }]);
	});

	it('shows a revoked award as revoked, with its reason, and leaves it out of stacks and hours', () => {
		const wang = site.bySlug.get('wang-fang')!;
		expect(wang.awards.map((award) => [award.awardId, award.status, award.revocationReason])).toEqual([
			['aw-004', 'valid', undefined],
			['aw-003', 'revoked', 'Issued in error.'],
		]);
		expect(wang.stacks.inProgress.map((stack) => [stack.stackId, stack.label, stack.remaining])).toEqual([['classroom-craft', '1 of 2', ['wait-time', 'seating-routines']]]);
		expect(wang.ledger.totalHours).toBe(20);
		expect(wang.ledger.progress).toMatchObject({ cycle: { label: '2021-2025' }, earned: 5, required: 90, remaining: 85 });
	});

	it('lists public educators on their district page with the credentials they hold', () => {
		expect(site.districts).toEqual([
			{
				slug: 'riverbend-unified',
				name: 'Riverbend Unified',
				educators: [{ slug: anaSlug, name: 'Ana García', role: 'Grade 4 teacher', school: 'Riverbend Elementary', credentialIds: ['exit-tickets', 'wait-time'], totalHours: 25 }],
			},
		]);
	});

	it('lists the public holders of each credential and no one else', () => {
		expect(Object.fromEntries(site.holders)).toEqual({
			'wait-time': [{ slug: anaSlug, name: 'Ana García', district: 'Riverbend Unified', awardedOn: '2024-03-01' }],
			'exit-tickets': [{ slug: anaSlug, name: 'Ana García', district: 'Riverbend Unified', awardedOn: '2023-05-01' }],
		});
	});

	it('does not depend on the order of educator and award rows', async () => {
		const catalog = await loadFixtureCatalog();
		const reversed = { ...exported, educators: [...exported.educators].reverse(), awards: [...exported.awards].reverse() };
		expect(buildPortfolioSite(catalog, reversed, now)).toEqual(site);
	});
});
