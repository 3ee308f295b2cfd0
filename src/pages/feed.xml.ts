import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteData } from '../data/site-data.ts';
import { credentialFeedOptions } from '../feeds/credential-feed.ts';
import { url } from 'virtual:credfolio/settings';
import { paths } from '../paths.ts';

export const GET: APIRoute = async () => {
	const { catalogIndex } = await siteData();
	return rss(
		credentialFeedOptions({
			title: 'Credfolio: new and updated credentials',
			description: 'Micro-credentials for educators, newest changes first.',
			selfUrl: url(paths.feed()),
			siteUrl: url(paths.home()),
			entries: catalogIndex.credentials.map((credential) => ({
				title: credential.data.updated ? `${credential.data.title} (updated to version ${credential.data.version})` : credential.data.title,
				url: url(paths.credential(credential.id)),
				updated: credential.data.updated ?? credential.data.published,
				summary: credential.data.competency,
				category: catalogIndex.focusArea(credential.data.focusArea).data.name,
			})),
		}),
	);
};
