import { rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { acquireBuildLock } from './build-lock.ts';

/**
 * Builds into a staging folder and swaps it into place only when every step succeeded, so a build
 * that fails on bad content or export data leaves the previously published `dist/` untouched.
 * Must be the last integration: its `astro:build:done` runs after the search index and images.
 * One build at a time per project folder: two would share the staging folder and Astro's caches,
 * so a second build stops at once, naming the first.
 */
export function publishAtomically(): AstroIntegration {
	let outDir: URL | undefined;
	let stagingDir: URL | undefined;
	let releaseLock: (() => void) | undefined;
	return {
		name: 'credfolio:publish',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				releaseLock = acquireBuildLock(fileURLToPath(new URL('credfolio-build.lock', config.cacheDir)));
				outDir = config.outDir;
				stagingDir = new URL(`${config.outDir.href.replace(/\/$/, '')}.staging/`);
				updateConfig({ outDir: stagingDir });
				// Astro has no hook for a failed build; on exit the staging folder is gone if publishing ran.
				const staging = fileURLToPath(stagingDir);
				const release = releaseLock;
				process.once('exit', () => {
					rmSync(staging, { recursive: true, force: true });
					release();
				});
			},
			'astro:build:done': async ({ logger }) => {
				if (!outDir || !stagingDir) return;
				const target = fileURLToPath(outDir);
				const previous = `${target.replace(/\/$/, '')}.previous`;
				await rm(previous, { recursive: true, force: true });
				await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
					if (error.code !== 'ENOENT') throw error;
				});
				await rename(fileURLToPath(stagingDir), target);
				await rm(previous, { recursive: true, force: true });
				logger.info(`published to ${target}`);
				releaseLock?.();
			},
		},
	};
}
