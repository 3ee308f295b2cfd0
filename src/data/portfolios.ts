import { measurePhase } from '../integrations/build-metrics.ts';
import { readPortfolioData } from '../integrations/site-data.ts';
import { catalogIndex } from './catalog.ts';

const data = await measurePhase('export', () => readPortfolioData(catalogIndex.catalog));

/** Portfolios, district rosters and credential holders from the earner export; private educators are already gone. */
export const portfolioSite = data.site;

/** The moment this build treats as now. */
export const buildDate = data.now;
