import type { Report } from './report.ts';

/** Fetches and parses JSON at a URL; throws (any error) when it cannot. Injected so tests and the browser choose the transport. */
export type FetchJson = (url: string) => Promise<unknown>;

export interface VerifyContext {
	fetchJson: FetchJson;
	report: Report;
	now: Date;
}
