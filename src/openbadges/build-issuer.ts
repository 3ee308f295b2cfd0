import { type ObUrls } from '../paths.ts';
import { OB_V2_CONTEXT } from './context.ts';
import type { IssuerProfile } from './types.ts';

export interface IssuerInput {
	slug: string;
	name: string;
	/** The issuer's public home page. */
	url: string;
	email: string;
	description?: string;
	/** Logo path relative to the site base, or an absolute URL. */
	logo?: string;
}

export function buildIssuerProfile(input: IssuerInput, urls: ObUrls): IssuerProfile {
	return {
		'@context': OB_V2_CONTEXT,
		type: 'Issuer',
		id: urls.issuer(input.slug),
		name: input.name,
		url: input.url,
		email: input.email,
		...(input.description === undefined ? {} : { description: input.description }),
		...(input.logo === undefined ? {} : { image: urls.page(input.logo) }),
	};
}
