import type { Catalog } from '../catalog/catalog.ts';
import { readCatalog } from '../catalog/read-catalog.ts';
import type { EarnerExport } from '../export/earner-export.ts';
import { readExportConfig, type ExportConfig } from '../export/export-config.ts';
import { readExport } from '../export/read-export.ts';
import { buildPortfolioSite, type PortfolioSite } from '../model/build-portfolio-site.ts';
import { readBuildDate } from '../site/build-date.ts';
import { measurePhase } from './build-metrics.ts';

/** The export and everything derived from it, for one catalog. */
export interface PortfolioData {
	config: ExportConfig;
	exported: EarnerExport;
	site: PortfolioSite;
	now: Date;
}

/** Reads the configured export (EXPORT_PATH and friends), validates it against the catalog and derives the portfolios. */
export async function readPortfolioData(catalog: Catalog, env: Record<string, string | undefined> = process.env): Promise<PortfolioData> {
	const config = readExportConfig(env);
	const now = readBuildDate(env);
	const exported = await readExport(config.exportPath, { catalog, now, defaultVisibility: config.defaultVisibility, files: config.files });
	return { config, exported, site: buildPortfolioSite(catalog, exported, now), now };
}

let loading: Promise<PortfolioData & { catalog: Catalog }> | undefined;

/**
 * The catalog and portfolio data as build integrations see them, read once per build process
 * however many integrations ask: at state scale the export is the most expensive input to read.
 */
export function loadSiteData(): Promise<PortfolioData & { catalog: Catalog }> {
	loading ??= measurePhase('export', async () => {
		const catalog = await readCatalog(process.env['CONTENT_PATH'] ?? 'content');
		return { catalog, ...(await readPortfolioData(catalog)) };
	});
	return loading;
}
