import type { Catalog } from '../catalog/catalog.ts';
import { readCatalog } from '../catalog/read-catalog.ts';
import type { EarnerExport } from '../export/earner-export.ts';
import { readExportConfig, type ExportConfig } from '../export/export-config.ts';
import { readExport } from '../export/read-export.ts';
import { measurePhase } from '../integrations/build-metrics.ts';
import { buildPortfolioSite, type PortfolioSite } from '../model/build-portfolio-site.ts';
import { readBuildDate } from '../site/build-date.ts';

/** The export and everything derived from it, for one catalog. */
export interface PortfolioData {
	config: ExportConfig;
	exported: EarnerExport;
	site: PortfolioSite;
	now: Date;
}

/** The catalog and the portfolio data: everything a build reads from its inputs. */
export type SiteData = PortfolioData & { catalog: Catalog };

/** Reads the configured export (EXPORT_PATH and friends), validates it against the catalog and derives the portfolios. */
export async function readPortfolioData(catalog: Catalog, env: Record<string, string | undefined> = process.env): Promise<PortfolioData> {
	const config = readExportConfig(env);
	const now = readBuildDate(env);
	const exported = await readExport(config.exportPath, { catalog, now, defaultVisibility: config.defaultVisibility, files: config.files });
	return { config, exported, site: buildPortfolioSite(catalog, exported, now), now };
}

/**
 * Astro loads the pages and the integrations as separate module instances (Vite's prerender
 * bundle and the config loader), so a module-level variable would read the export once for each.
 * The one thing they share is the build process, hence a process-wide slot.
 */
const slot = Symbol.for('credfolio.siteData');
type Slot = { [slot]?: Promise<SiteData> };

/**
 * The catalog and portfolio data of this build, read and validated once per process however
 * many pages and integrations ask. The pages ask first, with the catalog Astro's content layer
 * already parsed; an integration asking first (a build with no pages) reads the catalog itself.
 */
export function loadSiteData(catalog?: Catalog): Promise<SiteData> {
	const shared = globalThis as Slot;
	shared[slot] ??= measurePhase('export', async () => {
		const read = catalog ?? (await readCatalog(process.env['CONTENT_PATH'] ?? 'content'));
		return { catalog: read, ...(await readPortfolioData(read)) };
	});
	return shared[slot];
}
