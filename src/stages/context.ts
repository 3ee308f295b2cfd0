import type { AstroIntegrationLogger } from 'astro';
import type { SiteData } from '../data/site-data.ts';
import type { Settings } from '../settings/settings.ts';
import type { Metrics } from './metrics.ts';

/** What a stage may say while it works; Astro's integration logger, or a test's recorder. */
export type StageLogger = Pick<AstroIntegrationLogger, 'info' | 'warn'>;

/** What every stage of a build shares, made once by `credfolio()`. */
export interface StageContext {
	settings: Readonly<Settings>;
	/** The build's site data, from its one owner (src/data/site-data.ts). */
	data(): Promise<SiteData>;
	metrics: Metrics;
	logger: StageLogger;
	/** The build output folder on disk. */
	outDir: string;
	/** The pages Astro rendered itself (`astro:build:done`'s `pages`): the catalog pages, not the educator pages. */
	astroPages: readonly { pathname: string }[];
}

/** One step of `astro:build:done`; `credfolio()` runs them in a fixed order, each as a named metrics phase. */
export interface Stage {
	/** The metrics phase and the logger label (`credfolio:<name>`). */
	name: string;
	run(context: StageContext): Promise<void>;
}
