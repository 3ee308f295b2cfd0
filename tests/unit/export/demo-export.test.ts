import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/catalog.ts';
import { readCatalog } from '../../../src/catalog/read-catalog.ts';
import { writeDemoExport, type DemoExportOptions } from '../../../src/export/demo/write-demo-export.ts';
import { validateExport } from '../../../src/export/validate-export.ts';
import { buildPortfolioSite } from '../../../src/model/build-portfolio-site.ts';
import { evidenceTypes } from '../../../src/schemas/credential.ts';

import { makeTempDir } from '../../support/temp-dir.ts';

const contentDir = path.resolve(import.meta.dirname, '../../../content');
const asOf = '2026-06-01';
const dayAfter = new Date('2026-06-02T00:00:00Z');
let catalog: Catalog;

beforeAll(async () => {
	catalog = await readCatalog(contentDir);
});

async function generate(options: Partial<DemoExportOptions> = {}): Promise<string> {
	const out = await makeTempDir();
	await writeDemoExport(catalog, { count: 40, seed: 'test', format: 'csv', asOf, ...options, out });
	return out;
}

async function readAll(dir: string): Promise<Record<string, string>> {
	const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
	const entries = await Promise.all(
		files.map(async (entry) => {
			const file = path.join(entry.parentPath, entry.name);
			return [path.relative(dir, file), (await readFile(file)).toString('base64')] as const;
		}),
	);
	return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

describe('the demo export generator', () => {
	it('writes the same bytes for the same seed', async () => {
		expect(await readAll(await generate())).toEqual(await readAll(await generate()));
		expect(await readAll(await generate({ format: 'json' }))).toEqual(await readAll(await generate({ format: 'json' })));
	});

	it('is what the bundled data/demo-export holds, so the demo stays in step with the catalog', async () => {
		const bundled = path.resolve(import.meta.dirname, '../../../data/demo-export');
		const regenerated = await generate({ count: 300, seed: 'credfolio' });
		expect(await readAll(regenerated), 'data/demo-export is stale: run npm run generate:export').toEqual(await readAll(bundled));
	});

	it('writes different educators for a different seed', async () => {
		const [first, second] = await Promise.all([generate(), generate({ seed: 'other' })]);
		expect(await readFile(path.join(first, 'educators.csv'), 'utf8')).not.toBe(await readFile(path.join(second, 'educators.csv'), 'utf8'));
	});

	it('writes the same records as CSV and as JSON, and both validate against content/', async () => {
		const csv = await validateExport(await generate(), { catalog, now: dayAfter });
		const json = await validateExport(path.join(await generate({ format: 'json' }), 'export.json'), { catalog, now: dayAfter });
		expect(csv.problems).toEqual([]);
		expect(json.problems).toEqual([]);
		expect(json.exported?.awards).toEqual(csv.exported?.awards);
		expect(json.exported?.educators).toEqual(csv.exported?.educators);
	});

	it('covers what the portfolio pages must show', async () => {
		const { exported, problems } = await validateExport(await generate({ count: 300, seed: 'credfolio' }), { catalog, now: dayAfter });
		expect(problems).toEqual([]);
		const { educators, awards, evidence } = exported!;
		expect(educators).toHaveLength(300);
		expect(new Set(educators.map((educator) => educator.visibility))).toEqual(new Set(['public', 'unlisted', 'private']));
		expect(new Set(educators.map((educator) => educator.licensing_authority))).toEqual(
			new Set(['riverbend-unified', 'cascadia-teacher-standards-board', 'lakeshore-regional-service-center']),
		);
		expect(educators.some((educator) => /[^\u0000-\u024f\s'-]/.test(educator.name))).toBe(true);
		expect(educators.some((educator) => educator.name.includes("'"))).toBe(true);
		expect(educators.some((educator) => /\p{L}-\p{L}/u.test(educator.name))).toBe(true);
		expect(educators.every((educator) => !educator.email || /@example\.(org|com)$/.test(educator.email))).toBe(true);
		const perEducator = Map.groupBy(awards, (award) => award.educator_id);
		expect(Math.min(...[...perEducator.values()].map((list) => list.length))).toBeGreaterThanOrEqual(1);
		expect(awards.some((award) => award.revoked)).toBe(true);
		expect(awards.some((award) => award.expires_on && award.expires_on <= asOf)).toBe(true);
		expect(new Set(evidence.map((item) => item.type))).toEqual(new Set(evidenceTypes));
		expect(evidence.some((item) => item.visibility === 'withheld')).toBe(true);
		expect(evidence.some((item) => item.file)).toBe(true);
		const site = buildPortfolioSite(catalog, exported!, dayAfter);
		expect(site.portfolios.some((portfolio) => portfolio.stacks.completed.length > 0)).toBe(true);
	});
});
