import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import pMap from 'p-map';
import { Piscina } from 'piscina';
import sharp from 'sharp';
import { openStore } from '../../store/content-store.ts';
import type { ImageElement } from '../element.ts';
import type { FontFace } from '../fonts/font-face.ts';
import { sansFamily } from '../fonts/font-families.ts';
import type { FontLibrary } from '../fonts/font-library.ts';
import { loadFontLibrary } from '../fonts/load-font-library.ts';
import { collectTextRuns } from '../fonts/text-runs.ts';
import type { ImageJob } from '../image-job.ts';
import { imageTemplates } from '../templates/image-templates.ts';
import type { ImageTemplate } from '../templates/image-template.ts';
import { pipelineVersion, pngOptions } from './render-png.ts';
import type { RenderTask } from './render-worker.ts';

const require = createRequire(import.meta.url);
const fontDigests = new Map<string, string>();

function sha256(data: string | Buffer): string {
	return createHash('sha256').update(data).digest('hex');
}

function fontDigest(file: string): string {
	let digest = fontDigests.get(file);
	if (!digest) fontDigests.set(file, (digest = sha256(readFileSync(file))));
	return digest;
}

/** The renderer's own versions: a new satori, sharp or libvips can draw the same tree differently. */
const rendererVersions = { satori: (require('satori/package.json') as { version: string }).version, ...sharp.versions };

/** Everything an image depends on. */
export interface CacheInputs {
	template: string;
	version: number;
	width: number;
	height: number;
	data: unknown;
	/** The drawn tree: it also catches changes to icons and shared parts that no template version records. */
	tree: ImageElement;
	fonts: readonly FontFace[];
}

/** A content hash of every input of an image, so an unchanged image is never drawn twice. */
export function computeCacheKey(inputs: CacheInputs): string {
	const fonts = inputs.fonts.map((face) => ({ name: face.name, weight: face.weight, sha256: fontDigest(face.file) }));
	return sha256(JSON.stringify({ ...inputs, fonts, renderer: rendererVersions, png: pngOptions, pipeline: pipelineVersion }));
}

export interface RendererOptions {
	/** Folder of the content-hash cache, kept between builds. */
	cacheDir: string;
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

/** Draws images through the content-hash cache on a pool of worker threads started on the first image to draw. */
export interface ImageRenderer {
	/** The job's PNG: from the cache, from a job with the same inputs in progress, or drawn. */
	render(job: ImageJob): Promise<Buffer>;
	readonly counts: RenderCounts;
	/** Stops the worker threads. */
	close(): Promise<void>;
}

export async function createImageRenderer(options: RendererOptions): Promise<ImageRenderer> {
	const counts: RenderCounts = { rendered: 0, reused: 0, skipped: 0 };
	const library = options.fonts ?? (await loadFontLibrary());
	const cache = openStore(options.cacheDir, 'png');
	const threads = options.workers ?? availableParallelism();
	// Images being drawn, by cache key: a job with the same inputs as one in progress waits for it;
	// once written, later ones find it in the cache.
	const inFlight = new Map<string, Promise<Buffer>>();
	let pool: Piscina<RenderTask, Uint8Array> | undefined;

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

	return {
		counts,
		render(job) {
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
		},
		async close() {
			await pool?.destroy();
		},
	};
}

export interface RenderOptions extends RendererOptions {
	/** Folder the image paths are relative to, usually the build output. */
	outDir: string;
	/** Jobs to leave out of this build; they are counted as skipped. */
	skip?: (job: ImageJob) => boolean;
}

/**
 * Writes every job's PNG under `outDir`, drawing only those whose inputs the cache has not seen.
 * Jobs are taken a few at a time, so a job's tree and PNG exist only while it is in progress:
 * holding every one added about 0.5 GB to the peak per 8,000 cards, and a state has 80,000.
 */
export async function renderImages(jobs: Iterable<ImageJob>, options: RenderOptions): Promise<RenderCounts> {
	const renderer = await createImageRenderer(options);
	const threads = options.workers ?? availableParallelism();
	try {
		await pMap(
			jobs,
			async (job) => {
				if (options.skip?.(job)) {
					renderer.counts.skipped++;
					return;
				}
				const png = await renderer.render(job);
				const file = path.join(options.outDir, job.path);
				await mkdir(path.dirname(file), { recursive: true });
				await writeFile(file, png);
			},
			// Enough queued per worker that none waits for the main thread to build its next tree.
			{ concurrency: threads * 8 },
		);
	} finally {
		await renderer.close();
	}
	return renderer.counts;
}
