import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml', site ?? 'http://localhost:4321')}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
