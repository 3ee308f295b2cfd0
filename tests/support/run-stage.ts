import type { Catalog } from '../../src/catalog/catalog.ts';
import { deriveSiteData, type SiteData } from '../../src/data/site-data.ts';
import { readExport } from '../../src/export/read-export.ts';
import { readSettings, type CredfolioOptions, type Settings } from '../../src/settings/settings.ts';
import type { Stage } from '../../src/stages/context.ts';
import { noMetrics } from '../../src/stages/metrics.ts';
import { makeTempDir } from './temp-dir.ts';

/** What a stage did in a test: its output folder and what it logged. */
export interface StageRun {
	outDir: string;
	info: string[];
	warnings: string[];
}

/**
 * The settings of a test build: `env` is the whole environment (the test process's own is never
 * read), with a cache folder of its own unless it names one.
 */
export async function testSettings(env: Record<string, string | undefined> = {}, options: CredfolioOptions = {}): Promise<Readonly<Settings>> {
	return readSettings(options, { CACHE_DIR: await makeTempDir('credfolio-cache-'), ...env });
}

/** The site data of a catalog and the export at `exportPath`, as the build derives it. */
export async function loadSiteDataOf(catalog: Catalog, exportPath: string, settings: Settings): Promise<SiteData> {
	const exported = await readExport(exportPath, { catalog, now: new Date(settings.now), defaultVisibility: settings.export.defaultVisibility, files: settings.export.files });
	return deriveSiteData(catalog, exported, settings);
}

/**
 * The inputs a stage test varies: the catalog, the export and the portfolios (plain data, so a test
 * can `structuredClone` and change them); the rest of the site data is derived from them.
 */
export type StageData = Pick<SiteData, 'catalog' | 'exported' | 'site'>;

/** Runs a stage as credfolio() does after a build, with a recording logger, into `outDir` (a new folder unless given). */
export async function runStage(stage: Stage, run: { settings: Readonly<Settings>; data: StageData; outDir?: string }): Promise<StageRun> {
	const outDir = run.outDir ?? (await makeTempDir('credfolio-out-'));
	const result: StageRun = { outDir, info: [], warnings: [] };
	const logger = { info: (message: string) => void result.info.push(message), warn: (message: string) => void result.warnings.push(message) };
	const data: SiteData = { ...deriveSiteData(run.data.catalog, run.data.exported, run.settings), site: run.data.site };
	await stage.run({ settings: run.settings, data: async () => data, metrics: noMetrics, logger, outDir, astroPages: [] });
	return result;
}

/** The site data a build with environment `env` (EXPORT_PATH, BUILD_DATE, …) derives from `catalog`. */
export async function fixtureSiteData(catalog: Catalog, env: Record<string, string>): Promise<SiteData> {
	const settings = await testSettings(env);
	return loadSiteDataOf(catalog, settings.export.path, settings);
}
