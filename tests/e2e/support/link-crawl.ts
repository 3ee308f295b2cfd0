import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { formatProblem } from '../../../src/errors/format-issues.ts';

/**
 * Crawls the served site from its home page, following every link on the site's own origin
 * (pages, stylesheets, scripts, images, `url()` in CSS), and returns one line per broken link
 * naming the page that links to it. Other origins are skipped: the gate must pass offline and
 * must not fail on someone else's outage. `#fragment` checking stays off because linkinator
 * only checks a fragment if it sees the link before it fetches the target page, which makes
 * the verdict depend on crawl order.
 */
export async function findBrokenLinks(baseUrl: string): Promise<string[]> {
	const siteOrigin = new URL(baseUrl).origin;
	// A static host serves the same file whatever the query string, and every award page links
	// /verify/?url=<its credential>: fetch each path with a query once, not once per award.
	const queriedPaths = new Set<string>();
	const isRepeatQuery = (url: URL): boolean => {
		if (url.search === '') return false;
		if (queriedPaths.has(url.pathname)) return true;
		queriedPaths.add(url.pathname);
		return false;
	};
	const { links } = await new LinkChecker().check({
		path: baseUrl,
		recurse: true,
		checkCss: true,
		// linkinator's default of 100 requests at once against one local server made requests time
		// out on a busy shared machine; a few at a time is as fast, and the timeout only catches hangs.
		concurrency: 8,
		timeout: 60_000,
		// Retrying network errors and 5xx (never a 404) keeps a stall on a loaded machine from reading as a broken link.
		retryErrors: true,
		retryErrorsCount: 3,
		retryErrorsJitter: 2000,
		linksToSkip: async (link) => {
			const url = new URL(link, baseUrl);
			return url.origin !== siteOrigin || isRepeatQuery(url);
		},
	});
	return links
		// linkinator also lists each broken URL as its own parent; the real referrer is listed too.
		.filter((link) => link.state === LinkState.BROKEN && link.parent !== link.url)
		.map((link) => describeBrokenLink(link, siteOrigin))
		.sort();
}

function describeBrokenLink(link: LinkResult, siteOrigin: string): string {
	const sitePath = (url: string) => (url.startsWith(siteOrigin) ? url.slice(siteOrigin.length) : url);
	const why = link.status ? `answers HTTP ${link.status}` : `fails (${describeFailure(link)})`;
	return formatProblem({
		file: sitePath(link.parent ?? link.url),
		field: '',
		message: `links to ${sitePath(link.url)}, which ${why}; fix the link or build the missing page or asset`,
	});
}

function describeFailure(link: LinkResult): string {
	const details = link.failureDetails ?? [];
	return details.map((detail) => (detail instanceof Error ? detail.message : `HTTP ${detail.status}`)).join('; ') || 'no response';
}
