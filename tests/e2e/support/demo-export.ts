import { readSiteData, type SiteData } from '../../../src/data/site-data.ts';
import { assignPortfolioSlugs } from '../../../src/model/portfolio-slug.ts';
import type { Educator } from '../../../src/schemas/export-educator.ts';
import { readSettings } from '../../../src/settings/settings.ts';

/** The export the site under test was built from, read with the build's own reader, with what the tests pick subjects by. */
export interface BuiltExport extends SiteData {
	/** Educators of the export who chose `private` (or were given it by default): nothing about them may be published. */
	privateEducators: Educator[];
	/** Each educator's portfolio slug, private educators included: the address their portfolio would have had. */
	slugs: Map<string, string>;
}

let loading: Promise<BuiltExport> | undefined;

/**
 * Reads the inputs the build read (the same settings from the same environment),
 * once per test file, so tests choose their subjects from the data instead of naming people.
 */
export function readBuiltExport(): Promise<BuiltExport> {
	loading ??= (async () => {
		const data = await readSiteData(readSettings());
		return {
			...data,
			privateEducators: data.exported.educators.filter((educator) => educator.visibility === 'private'),
			slugs: assignPortfolioSlugs(data.exported.educators).slugs,
		};
	})();
	return loading;
}

/**
 * Private educators whose name is theirs alone: a public colleague or a reviewer may share a
 * private educator's name (or contain it), and then finding the name in the site proves nothing.
 */
export function listUniquelyPrivateEducators(built: BuiltExport): Educator[] {
	// Compared in JSON form so a quote in a name is escaped the same way on both sides.
	const published = JSON.stringify(built.site.portfolios).toLowerCase();
	const isShared = (name: string) => published.includes(JSON.stringify(name).slice(1, -1).toLowerCase());
	return built.privateEducators.filter((educator) => !isShared(educator.name));
}
