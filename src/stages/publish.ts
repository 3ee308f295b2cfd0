import { rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { acquireBuildLock } from './build-lock.ts';
import type { StageLogger } from './context.ts';

export interface Publication {
	/** Where Astro must build instead of the real output folder. */
	stagingDir: URL;
	/** Swaps the staged build into the output folder; the last step of a build. */
	publish(logger: StageLogger): Promise<void>;
}

/**
 * Builds into a staging folder and swaps it into place only when every step succeeded, so a build
 * that fails on bad content or export data leaves the previously published `dist/` untouched.
 * One build at a time per project folder: two would share the staging folder and Astro's caches,
 * so a second build stops at once, naming the first.
 */
export function preparePublication(outDir: URL, astroCacheDir: URL): Publication {
	const releaseLock = acquireBuildLock(fileURLToPath(new URL('credfolio-build.lock', astroCacheDir)));
	const stagingDir = new URL(`${outDir.href.replace(/\/$/, '')}.staging/`);
	// Astro has no hook for a failed build; on exit the staging folder is gone if publishing ran.
	const staging = fileURLToPath(stagingDir);
	process.once('exit', () => {
		rmSync(staging, { recursive: true, force: true });
		releaseLock();
	});
	return {
		stagingDir,
		async publish(logger) {
			const target = fileURLToPath(outDir);
			const previous = `${target.replace(/\/$/, '')}.previous`;
			await rm(previous, { recursive: true, force: true });
			await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
				if (error.code !== 'ENOENT') throw error;
			});
			await rename(staging, target);
			await rm(previous, { recursive: true, force: true });
			logger.info(`published to ${target}`);
			releaseLock();
		},
	};
}
