import type { APIRoute, GetStaticPaths } from 'astro';
import { portfolioCacheKey } from '../../../data/page-cache-key.ts';
import { portfolioSite } from '../../../data/portfolios.ts';
import type { Portfolio } from '../../../model/portfolio.ts';
import { toTranscriptCsv } from '../../../model/portfolio-downloads.ts';
import { downloadUrls } from '../../../site/download-urls.ts';

export const getStaticPaths = (() => portfolioSite.portfolios.map((portfolio) => ({ params: { slug: portfolio.slug }, props: { portfolio }, cacheKey: portfolioCacheKey(portfolio) }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ portfolio: Portfolio }> = ({ props, site }) =>
	new Response(toTranscriptCsv(props.portfolio, downloadUrls(props.portfolio.slug, site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
