import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { catalogIndex } from '../data/catalog.ts';
import { credentialFeedOptions } from '../feeds/credential-feed.ts';
import { configuredSite } from '../site/site-url.ts';
import { absoluteUrl, routes } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) => {
	const origin = configuredSite(site);
	return rss(
		credentialFeedOptions({
			title: 'Credfolio: new and updated credentials',
			description: 'Micro-credentials for educators, newest changes first.',
			selfUrl: absoluteUrl(routes.feed(), origin),
			siteUrl: absoluteUrl(routes.home(), origin),
			entries: catalogIndex.credentials.map((credential) => ({
				title: credential.data.updated ? `${credential.data.title} (updated to version ${credential.data.version})` : credential.data.title,
				url: absoluteUrl(routes.credential(credential.id), origin),
				updated: credential.data.updated ?? credential.data.published,
				summary: credential.data.competency,
				category: catalogIndex.focusArea(credential.data.focusArea).data.name,
			})),
		}),
	);
};
