import { createObUrls, type SiteLocation } from '../urls.ts';
import { didDocumentPath, ob3CredentialPath, ob3IssuerPath, ob3PresentationPath, ob3StatusListPath, siteDid } from './ob3-paths.ts';

/** Every public URL of an OB 3.0 file; ids of OB 3.0 documents are these URLs. */
export interface Ob3Urls {
	credential(assertionKey: string): string;
	issuer(issuerSlug: string): string;
	statusList(issuerSlug: string): string;
	presentation(portfolioSlug: string): string;
	didDocument: string;
	did: string;
}

export function createOb3Urls(location: SiteLocation): Ob3Urls {
	const { page } = createObUrls(location);
	return {
		credential: (key) => page(ob3CredentialPath(key)),
		issuer: (slug) => page(ob3IssuerPath(slug)),
		statusList: (slug) => page(ob3StatusListPath(slug)),
		presentation: (slug) => page(ob3PresentationPath(slug)),
		didDocument: page(didDocumentPath(location)),
		did: siteDid(location),
	};
}
