import { catalogIndex } from './catalog.ts';
import { loadSiteData } from './read-site-data.ts';

const data = await loadSiteData(catalogIndex.catalog);

/** Portfolios, district rosters and credential holders from the earner export; private educators are already gone. */
export const portfolioSite = data.site;

/** The moment this build treats as now. */
export const buildDate = data.now;
