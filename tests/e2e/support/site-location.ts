import { resolve } from 'node:path';

/**
 * The built site under test: `DIST_DIR` lets the harness be pointed at a throwaway site
 * (to prove each gate can fail) without touching the real build output.
 */
export function resolveDistDir(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env['DIST_DIR'] ?? 'dist');
}

/**
 * The path the site is mounted under, as `/` or `/segment/`, read from the same `BASE_PATH`
 * that astro.config.mjs builds with so the served URLs match the links in the pages.
 */
export function resolveBasePath(env: NodeJS.ProcessEnv = process.env): string {
	const trimmed = (env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}
