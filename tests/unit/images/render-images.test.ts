import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderImages } from '../../../src/images/render/render-images.ts';
import { imageTemplates } from '../../../src/images/templates/image-templates.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { sampleJobs } from './sample-jobs.ts';

const temp = { path: '' };
beforeEach(async () => {
	temp.path = await makeTempDir('credfolio-images-');
});

const options = () => ({ outDir: path.join(temp.path, 'out'), cacheDir: path.join(temp.path, 'cache'), workers: 2 });

describe('renderImages', () => {
	it('writes a PNG of the template size for every job, which sharp decodes', async () => {
		const jobs = sampleJobs();
		const counts = await renderImages(jobs, options());
		expect(counts).toEqual({ rendered: jobs.length, reused: 0, skipped: 0 });
		for (const job of jobs) {
			const metadata = await sharp(path.join(options().outDir, job.path)).metadata();
			const template = imageTemplates[job.template];
			expect({ format: metadata.format, width: metadata.width, height: metadata.height }, job.path).toEqual({ format: 'png', width: template.width, height: template.height });
		}
		expect(imageTemplates['credential-badge']).toMatchObject({ width: 600, height: 600 });
		expect(imageTemplates['credential-card']).toMatchObject({ width: 1200, height: 630 });
	});

	it('reuses every image from the cache when nothing changed, into a fresh output folder', async () => {
		const jobs = sampleJobs().slice(0, 3);
		await renderImages(jobs, options());
		await rm(options().outDir, { recursive: true });
		expect(await renderImages(jobs, options())).toEqual({ rendered: 0, reused: 3, skipped: 0 });
		expect(await readdir(path.join(options().outDir, 'images', 'badges'))).toContain('wait-time.png');
	});

	it('re-renders only the image whose data changed', async () => {
		const jobs = sampleJobs().slice(0, 3);
		await renderImages(jobs, options());
		const changed = sampleJobs().slice(0, 3);
		const badge = changed[0]!;
		if (badge.template !== 'credential-badge') throw new Error('the first sample job should be a credential badge');
		badge.data.color = '#2e7d5b';
		expect(await renderImages(changed, options())).toEqual({ rendered: 1, reused: 2, skipped: 0 });
	});

	it('draws jobs with the same inputs once, whether they come while it is drawn or after, from a lazy list', async () => {
		const [badge] = sampleJobs();
		// One worker takes 8 jobs at a time, so the first 8 wait for the drawing and the rest find it in the cache.
		function* copies() {
			for (let index = 0; index < 20; index++) yield { ...badge!, path: `images/copies/${index}.png` };
		}
		expect(await renderImages(copies(), { ...options(), workers: 1 })).toEqual({ rendered: 1, reused: 19, skipped: 0 });
		const files = await Promise.all([...copies()].map((job) => readFile(path.join(options().outDir, job.path))));
		for (const file of files) expect(file.equals(files[0]!)).toBe(true);
	});

	it('counts jobs it is told to skip, and writes nothing for them', async () => {
		const jobs = sampleJobs();
		const cards = jobs.filter((job) => imageTemplates[job.template].kind === 'social-card');
		const counts = await renderImages(jobs, { ...options(), skip: (job) => imageTemplates[job.template].kind === 'social-card' });
		expect(counts).toEqual({ rendered: jobs.length - cards.length, reused: 0, skipped: cards.length });
		await expect(readdir(path.join(options().outDir, 'images', 'og'))).rejects.toThrow(/ENOENT/);
	});
});

describe('rendering from an empty cache', () => {
	it('draws byte-identical images whatever the order and number of workers, so a deploy after a cache loss uploads nothing new', async () => {
		const jobs = sampleJobs();
		const first = { outDir: path.join(temp.path, 'first'), cacheDir: path.join(temp.path, 'first-cache'), workers: 2 };
		const second = { outDir: path.join(temp.path, 'second'), cacheDir: path.join(temp.path, 'second-cache'), workers: 1 };
		await renderImages(jobs, first);
		// Reversed on one worker: each worker's font caches see the faces in another order.
		await renderImages([...jobs].reverse(), second);
		for (const job of jobs) {
			const [a, b] = await Promise.all([readFile(path.join(first.outDir, job.path)), readFile(path.join(second.outDir, job.path))]);
			expect(a.equals(b), job.path).toBe(true);
		}
	});
});
