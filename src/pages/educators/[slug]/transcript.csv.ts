import type { APIRoute, GetStaticPaths } from 'astro';
import { portfolioCacheKey } from '../../../data/page-cache-key.ts';
import { siteData } from '../../../data/site-data.ts';
import type { Portfolio } from '../../../model/portfolio.ts';
import { toTranscriptCsv } from '../../../model/portfolio-downloads.ts';
import { url } from 'virtual:credfolio/settings';
import { downloadUrls } from '../../../paths.ts';

export const getStaticPaths = (async () => {
	const data = await siteData();
	return data.site.portfolios.map((portfolio) => ({ params: { slug: portfolio.slug }, props: { portfolio }, cacheKey: portfolioCacheKey(data, portfolio) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ portfolio: Portfolio }> = ({ props }) =>
	new Response(toTranscriptCsv(props.portfolio, downloadUrls(props.portfolio.slug, { url })), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
