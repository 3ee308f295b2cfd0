import { evidenceFilePath, evidenceThumbnailPath } from '../paths.ts';
import { InputError, type Problem } from '../errors/format-issues.ts';
import type { PortfolioSite } from '../model/build-portfolio-site.ts';
import type { PortfolioAward } from '../model/portfolio.ts';

/** One evidence file to copy into the site, beside the award it was submitted for. */
export interface HousedEvidence {
	evidenceId: string;
	/** Path inside the export folder, as the evidence names it. */
	file: string;
	/** Site path of the copy. */
	path: string;
	/** Site path of the thumbnail, for images. */
	thumbnailPath?: string;
}

/** The public files of one award; a name another file of the award already has becomes a problem. */
function listAwardEvidence(slug: string, award: PortfolioAward, exportName: string, problems: Problem[]): HousedEvidence[] {
	const owners = new Map<string, { evidenceId: string; file: string }>();
	const claim = (sitePath: string, evidenceId: string, file: string): boolean => {
		const owner = owners.get(sitePath);
		if (!owner) {
			owners.set(sitePath, { evidenceId, file });
			return true;
		}
		problems.push({
			file: exportName,
			field: `evidence ${evidenceId} file`,
			message: `is "${file}", which is published as ${sitePath.slice(sitePath.lastIndexOf('/') + 1)} beside award ${award.awardId}, where evidence ${owner.evidenceId} ("${owner.file}") is published under the same name; rename one of the two files`,
		});
		return false;
	};
	const housed: HousedEvidence[] = [];
	for (const item of award.evidence) {
		if (item.visibility !== 'public' || item.file === undefined) continue;
		const path = evidenceFilePath(slug, award.awardId, item.file);
		// The same file submitted twice for one award is one copy.
		if (owners.get(path)?.file === item.file) continue;
		const thumbnailPath = evidenceThumbnailPath(slug, award.awardId, item.file);
		// One problem per file: when its name is taken, so is the name of its thumbnail.
		if (claim(path, item.evidenceId, item.file) && thumbnailPath) claim(thumbnailPath, item.evidenceId, item.file);
		housed.push({ evidenceId: item.evidenceId, file: item.file, path, ...(thumbnailPath ? { thumbnailPath } : {}) });
	}
	return housed;
}

/**
 * Every evidence file the site publishes: public evidence of the portfolios the site holds, so
 * withheld evidence and private educators never reach the output. A file shared by several awards
 * is listed once per award, so each award folder is complete on its own.
 * `exportName` names the export in problems: two files that would land on one name are refused,
 * because one would silently replace the other.
 */
export function listHousedEvidence(site: PortfolioSite, exportName: string): HousedEvidence[] {
	const problems: Problem[] = [];
	const housed = site.portfolios.flatMap((portfolio) => portfolio.awards.flatMap((award) => listAwardEvidence(portfolio.slug, award, exportName, problems)));
	if (problems.length > 0) throw new InputError('Evidence files would overwrite each other in the site', problems);
	return housed;
}
