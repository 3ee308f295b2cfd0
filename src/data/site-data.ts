import { createHash } from 'node:crypto';
import type { Catalog } from '../catalog/catalog.ts';
import { readCatalog } from '../catalog/read-catalog.ts';
import type { EarnerExport } from '../export/earner-export.ts';
import { readExport } from '../export/read-export.ts';
import { buildPortfolioSite, type PortfolioSite } from '../model/build-portfolio-site.ts';
import { buildCatalogIndex, type CatalogIndex } from '../model/catalog-index.ts';
import { toPageSettings, type Settings } from '../settings/settings.ts';
import { noMetrics, type Metrics } from '../stages/metrics.ts';

/** Everything a build reads from its inputs (the catalog and the earner export) and derives from them. */
export interface SiteData {
	catalog: Catalog;
	/** The catalog with the joins pages use. */
	catalogIndex: CatalogIndex;
	exported: EarnerExport;
	/** Portfolios, district rosters and credential holders; private educators are already gone. */
	site: PortfolioSite;
	/** The moment this build treats as now. */
	now: Date;
	/** A digest of everything site-wide that can change an educator page: the catalog and the page settings. */
	pageDigest: string;
}

/** Reads the catalog and the export the settings name, validates both and derives the portfolios. */
export async function readSiteData(settings: Settings, root = process.cwd()): Promise<SiteData> {
	const catalog = await readCatalog(settings.contentPath, root);
	const exported = await readExport(settings.export.path, { catalog, now: new Date(settings.now), defaultVisibility: settings.export.defaultVisibility, files: settings.export.files, root });
	return deriveSiteData(catalog, exported, settings);
}

/** Everything derived from a validated catalog and export, computed once per reading. */
export function deriveSiteData(catalog: Catalog, exported: EarnerExport, settings: Settings): SiteData {
	const now = new Date(settings.now);
	return {
		catalog,
		catalogIndex: buildCatalogIndex(catalog),
		exported,
		site: buildPortfolioSite(catalog, exported, now),
		now,
		pageDigest: createHash('sha256').update(JSON.stringify({ catalog, settings: toPageSettings(settings) })).digest('hex'),
	};
}

/**
 * The one owner of a build's site data. It reads the inputs once, when first asked, and hands the
 * same data to every page and stage; in `astro dev` it is invalidated when a catalog or export file
 * changes, and the next request reads them again.
 */
export interface SiteDataOwner {
	/** The current data, read on first call after creation or invalidation. */
	current(): Promise<SiteData>;
	/** Forgets the data, so the next `current()` reads the inputs again. */
	invalidate(): void;
	/** How many times the inputs were read: one per build, one more per invalidation that was asked for again. */
	readonly reads: number;
}

export function createSiteDataOwner(read: () => Promise<SiteData>, metrics: Metrics = noMetrics): SiteDataOwner {
	let pending: Promise<SiteData> | undefined;
	let reads = 0;
	return {
		current() {
			if (pending === undefined) {
				reads += 1;
				pending = metrics.measure('export', read);
			}
			return pending;
		},
		invalidate() {
			pending = undefined;
		},
		get reads() {
			return reads;
		},
	};
}

/**
 * Astro runs the integration (loaded with astro.config.mjs) and the pages (Vite's bundle, or its dev
 * module runner) as separate module instances in one process, and the site data is too large for a
 * virtual module (a state has 100,000 portfolios). So the owner the integration creates is shared
 * through this one process-wide handle, and nowhere else; pages reach it only through `siteData()`.
 */
const handle = Symbol.for('credfolio.siteDataOwner');
type Handle = { [handle]?: SiteDataOwner };

/** Makes `owner` the one every page and stage of this process reads from; `credfolio()` calls it once per build or dev server. */
export function registerSiteDataOwner(owner: SiteDataOwner): void {
	(globalThis as Handle)[handle] = owner;
}

/** The build's site data: the one accessor pages and stages read it through. */
export function siteData(): Promise<SiteData> {
	const owner = (globalThis as Handle)[handle];
	if (owner === undefined) {
		return Promise.reject(new Error('No site data: the credfolio() integration is not in astro.config.mjs, so nothing read the catalog and the export. Add `integrations: [mdx(), credfolio()]`.'));
	}
	return owner.current();
}
