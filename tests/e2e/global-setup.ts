import { stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './support/find-chromium.ts';
import { resolveBasePath, resolveDistDir } from './support/site-location.ts';
import { startStaticServer } from './support/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Home page of the served site, e.g. `http://127.0.0.1:40123/credfolio/`. */
		baseUrl: string;
		/** Absolute path of the built site being tested. */
		distDir: string;
		/** The Chromium executable the browser tests drive. */
		chromiumPath: string;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const chromium = findChromium();
	console.log(`Browser tests use Chromium at ${chromium.path} (${chromium.source}).`);
	const distDir = resolveDistDir();
	const home = join(distDir, 'index.html');
	if (!(await stat(home).catch(() => undefined))?.isFile()) {
		throw new Error(
			`The end-to-end tests need a built site, but ${relative(process.cwd(), home) || home} does not exist. ` +
				'Run `npm run build` first (or set DIST_DIR to a folder holding a built site).',
		);
	}
	const server = await startStaticServer({ root: distDir, basePath: resolveBasePath() });
	project.provide('baseUrl', server.url);
	project.provide('distDir', distDir);
	project.provide('chromiumPath', chromium.path);
	return () => server.close();
}
