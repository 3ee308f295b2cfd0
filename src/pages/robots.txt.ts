import type { APIRoute } from 'astro';
import { configuredSite } from '../site/site-url.ts';
import { absoluteUrl } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml', configuredSite(site))}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
