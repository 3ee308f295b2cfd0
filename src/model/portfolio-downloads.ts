import { formatCsvRecord } from '../export/csv/format-csv.ts';
import type { Portfolio } from './portfolio.ts';

/** How downloads name the URLs of the site: absolute, so the files stand on their own. */
export interface DownloadUrls {
	portfolio: string;
	award: (awardId: string) => string;
	credential: (credentialId: string) => string;
}

/**
 * The educator's own data as a JSON document they can keep or import elsewhere: everything the
 * public portfolio shows, and nothing it does not (no email, withheld evidence by title only).
 */
export function toPortfolioJson(portfolio: Portfolio, urls: DownloadUrls): string {
	const { educatorId: _id, slug: _slug, ...shown } = portfolio;
	const document = {
		format: 'credfolio-portfolio',
		version: 1,
		url: urls.portfolio,
		...shown,
		awards: portfolio.awards.map((award) => ({ ...award, url: urls.award(award.awardId), credentialUrl: urls.credential(award.credentialId) })),
	};
	return `${JSON.stringify(document, null, 2)}\n`;
}

const transcriptHeader = ['award_id', 'credential', 'credential_url', 'awarded_on', 'expires_on', 'rubric_level', 'status', 'contact_hours', 'credited_this_cycle', 'award_url'];

/** A transcript a licensing office can open in a spreadsheet: one row per award, newest first. */
export function toTranscriptCsv(portfolio: Portfolio, urls: DownloadUrls): string {
	const credit = new Map(portfolio.ledger.lines.filter((line) => line.kind === 'award').map((line) => [line.id, line.credit]));
	const rows = portfolio.awards.map((award) => [
		award.awardId,
		award.credentialTitle,
		urls.credential(award.credentialId),
		award.awardedOn,
		award.expiresOn ?? '',
		award.rubricLevel,
		award.status,
		String(award.status === 'revoked' ? 0 : award.hours),
		String(credit.get(award.awardId) ?? 0),
		urls.award(award.awardId),
	]);
	return [transcriptHeader, ...rows].map((row) => formatCsvRecord(row)).join('');
}
