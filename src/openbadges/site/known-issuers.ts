import { createOb3Urls, createObUrls } from '../../paths.ts';
import type { SiteLocation } from '../../settings/settings.ts';

/**
 * Every id this site's issuers have in its Open Badges files (the OB 2.0 issuer and the OB 3.0
 * Profile) with the issuer's name, for the verifier's "issuer known to this site" check.
 */
export function listKnownIssuers(issuers: ReadonlyArray<{ id: string; data: { name: string } }>, location: SiteLocation): Array<[string, string]> {
	const ob2 = createObUrls(location);
	const ob3 = createOb3Urls(location);
	return issuers.flatMap((issuer): Array<[string, string]> => [
		[ob2.issuer(issuer.id), issuer.data.name],
		[ob3.issuer(issuer.id), issuer.data.name],
	]);
}
