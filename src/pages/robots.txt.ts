import type { APIRoute } from 'astro';
import { url } from 'virtual:credfolio/settings';
import { paths } from '../paths.ts';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${url(paths.sitemap())}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
