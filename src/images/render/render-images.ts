import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import pMap from 'p-map';
import { Piscina } from 'piscina';
import type { ImageJob } from '../image-job.ts';
import { sansFamily } from '../fonts/font-families.ts';
import type { FontLibrary } from '../fonts/font-library.ts';
import { loadFontLibrary } from '../fonts/load-font-library.ts';
import { collectTextRuns } from '../fonts/text-runs.ts';
import { imageTemplates } from '../templates/image-templates.ts';
import type { ImageTemplate } from '../templates/image-template.ts';
import { computeCacheKey } from './cache-key.ts';
import { openImageCache } from './image-cache.ts';
import type { RenderTask } from './render-task.ts';

export interface RenderOptions {
	/** Folder the image paths are relative to, usually the build output. */
	outDir: string;
	/** Folder of the content-hash cache, kept between builds. */
	cacheDir: string;
	/** Jobs to leave out of this build; they are counted as skipped. */
	skip?: (job: ImageJob) => boolean;
	/** Worker threads to render on; defaults to one per core. */
	workers?: number;
	fonts?: FontLibrary;
}

/** How many images were drawn, copied from the cache, and left out. */
export interface RenderCounts {
	rendered: number;
	reused: number;
	skipped: number;
}

/**
 * Writes every job's PNG under `outDir`, drawing only those whose inputs the cache has not seen.
 * Jobs are taken a few at a time, so a job's tree and PNG exist only while it is in progress:
 * holding every one added about 0.5 GB to the peak per 8,000 cards, and a state has 80,000.
 */
export async function renderImages(jobs: Iterable<ImageJob>, options: RenderOptions): Promise<RenderCounts> {
	const counts: RenderCounts = { rendered: 0, reused: 0, skipped: 0 };
	const library = options.fonts ?? (await loadFontLibrary());
	const cache = openImageCache(options.cacheDir);
	const threads = options.workers ?? availableParallelism();
	// Images being drawn, by cache key: a job with the same inputs as one in progress waits for it;
	// once written, later ones find it in the cache.
	const inFlight = new Map<string, Promise<Buffer>>();
	let pool: Piscina<RenderTask, Uint8Array> | undefined;

	const produce = async (job: ImageJob) => {
		const template = imageTemplates[job.template] as ImageTemplate<unknown>;
		const tree = template.render(job.data, library.measure);
		const fonts = library.facesFor(collectTextRuns(tree, sansFamily, 400));
		const { width, height, version } = template;
		const key = computeCacheKey({ template: job.template, version, width, height, data: job.data, tree, fonts });
		const same = inFlight.get(key);
		if (same) {
			counts.reused++;
			return same;
		}
		const result = draw(key, { tree, width, height, fonts: fonts.map(({ name, weight, file }) => ({ name, weight, file })) }, job).finally(() => inFlight.delete(key));
		inFlight.set(key, result);
		return result;
	};

	const draw = async (key: string, task: RenderTask, job: ImageJob) => {
		const cached = await cache.read(key);
		if (cached) {
			counts.reused++;
			return cached;
		}
		// Started only when an image must be drawn: a warm build never pays for the workers. A failed
		// task rejects only itself; Piscina replaces a worker that dies and keeps the others' tasks.
		pool ??= new Piscina({ filename: new URL('./render-worker.ts', import.meta.url).href, minThreads: threads, maxThreads: threads });
		const drawn = await pool.run(task).catch((error: Error) => {
			throw new Error(`Could not render ${job.path} (template ${job.template}): ${error.message}`);
		});
		const png = Buffer.from(drawn.buffer, drawn.byteOffset, drawn.byteLength);
		await cache.write(key, png);
		counts.rendered++;
		return png;
	};

	try {
		await pMap(
			jobs,
			async (job) => {
				if (options.skip?.(job)) {
					counts.skipped++;
					return;
				}
				const png = await produce(job);
				const file = path.join(options.outDir, job.path);
				await mkdir(path.dirname(file), { recursive: true });
				await writeFile(file, png);
			},
			// Enough queued per worker that none waits for the main thread to build its next tree.
			{ concurrency: threads * 8 },
		);
	} finally {
		await pool?.destroy();
	}
	return counts;
}
