import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { readSiteData } from '../../src/data/site-data.ts';
import { listPortfolioImageJobs } from '../../src/images/list-portfolio-image-jobs.ts';
import { renderImages } from '../../src/images/render/render-images.ts';
import { readSettings } from '../../src/settings/settings.ts';

/**
 * How much faster the image pool draws on every core than on one: the demo export's portfolio
 * cards (the first N, default 160), each time from an empty cache, on 1 worker and then on one per
 * core. Run with `node scripts/bench/image-speedup.ts [cards]`; the target is 1.8x on 2 cores.
 */
const count = Number(process.argv[2] ?? 160);
const { catalog, site } = await readSiteData(readSettings());
const jobs = listPortfolioImageJobs(site, catalog, { siteName: 'Credfolio' }, { personalAwardCards: false }).slice(0, count);
const cores = availableParallelism();

async function timed(workers: number): Promise<number> {
	const work = await mkdtemp(path.join(tmpdir(), 'image-speedup-'));
	try {
		const started = performance.now();
		const counts = await renderImages(jobs, { outDir: path.join(work, 'out'), cacheDir: path.join(work, 'cache'), workers });
		if (counts.rendered !== jobs.length) throw new Error(`expected ${jobs.length} images drawn, got ${counts.rendered}`);
		return performance.now() - started;
	} finally {
		await rm(work, { recursive: true, force: true });
	}
}

// A first run warms the file cache and the JIT, so neither timed run pays for it.
await timed(cores);
const one = await timed(1);
const all = await timed(cores);
console.log(`${jobs.length} cards: ${(one / 1000).toFixed(1)} s on 1 worker, ${(all / 1000).toFixed(1)} s on ${cores}; speedup ${(one / all).toFixed(2)}x`);
