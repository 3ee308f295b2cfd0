import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { readCatalog } from '../src/catalog/read-catalog.ts';
import { writeDemoExport } from '../src/export/demo/write-demo-export.ts';
import { changeOneEducator } from './bench/change-one-educator.ts';
import { countRenderedPages, formatBytes, formatSeconds, parallelism, parseBenchArgs, ratio, readMetricLines, type Cost } from './bench/figures.ts';
import { measureFirstSearch } from './bench/first-search.ts';
import { writeFloorSite } from './bench/floor-site.ts';
import { readOutputStats } from './bench/output-stats.ts';
import { runAstroBuild } from './bench/run-build.ts';

const options = parseBenchArgs(process.argv.slice(2));
const root = path.resolve(import.meta.dirname, '..');
const work = await mkdtemp(path.join(tmpdir(), `credfolio-bench-${options.educators}-`));
const exportDir = path.join(work, 'export');
const outDir = path.join(work, 'dist');
const say = (line: string) => console.log(line);
/** Phases in the order a build runs them, with the names the table and the JSON use. */
const phaseNames = [
	['export', 'export read and validation (inside page rendering)'],
	['pages', 'page rendering (Vite bundle and prerender)'],
	['educator-pages', 'educator pages (inside page rendering, outside Astro\'s loop)'],
	['images', 'images'],
	['evidence', 'evidence files'],
	['open-badges', 'credential files (Open Badges 2.0)'],
	['open-badges-3', 'signed credentials (Open Badges 3.0)'],
	['sitemap', 'sitemap'],
	['search', 'search index (Pagefind)'],
] as const;

/** One build of the site from the synthetic export; `cold` empties Astro's and our caches first. */
async function buildSite(label: string, cold: boolean) {
	const metricsFile = path.join(work, `metrics-${label}.jsonl`);
	if (cold) await rm(path.join(work, 'cache'), { recursive: true, force: true });
	const run = await runAstroBuild(root, [...(cold ? ['--force'] : []), '--outDir', outDir], {
		EXPORT_PATH: exportDir,
		BUILD_DATE: '2026-06-01',
		SITE_URL: 'https://badges.example.edu',
		CACHE_DIR: path.join(work, 'cache'),
		BUILD_METRICS_FILE: metricsFile,
		SOCIAL_CARDS: options.socialCards ? 'on' : 'off',
	});
	const metrics = readMetricLines(await readFile(metricsFile, 'utf8').catch(() => ''));
	// Astro logs the pages it rendered; educator pages are rendered outside its loop and counted by the build.
	return { cost: run.cost, pagesRendered: countRenderedPages(run.output) + (metrics.counts['educator_pages.rendered'] ?? 0), ...metrics };
}

const costJson = (prefix: string, cost: Cost | undefined): Record<string, number | null> => ({
	[`${prefix}_wall_ms`]: cost ? Math.round(cost.wallMs) : null,
	[`${prefix}_cpu_ms`]: cost?.cpuMs == null ? null : Math.round(cost.cpuMs),
	[`${prefix}_peak_rss_bytes`]: cost?.peakRssBytes ?? null,
});

try {
	say(`credfolio bench: ${options.educators} educators, seed "${options.seed}", in ${work}`);
	const catalog = await readCatalog(path.join(root, 'content'), root);
	const generated = await writeDemoExport(catalog, { count: options.educators, seed: options.seed, out: exportDir, format: 'csv', asOf: '2026-06-01' });
	say(`export: ${generated.educators} educators, ${generated.awards} awards, ${generated.evidence} evidence items`);

	const cold = await buildSite('cold', true);
	const output = await readOutputStats(outDir);
	say(`cold build: ${formatSeconds(cold.cost.wallMs)}, ${output.pages} pages, ${output.files} files, ${output.images} images, ${formatBytes(output.bytes)}`);
	const firstSearchBytes = options.search ? await measureFirstSearch(outDir, 'fractions') : null;

	let floor: Cost | undefined;
	if (options.floor) {
		const floorDir = path.join(work, 'floor');
		await writeFloorSite(floorDir, root, output.pages);
		floor = (await runAstroBuild(floorDir, ['--force'], { BUILD_METRICS_FILE: path.join(work, 'metrics-floor.jsonl') })).cost;
		say(`floor: ${output.pages} trivial pages in ${formatSeconds(floor.wallMs)}`);
	}

	const warm = options.warm ? await buildSite('warm', false) : undefined;
	const changed = options.warm ? await changeOneEducator(exportDir) : undefined;
	const warmOne = options.warm ? await buildSite('warm-one', false) : undefined;

	const rows: [string, Cost | undefined][] = [
		...phaseNames.map(([name, label]) => [label, cold.phases[name]] as [string, Cost | undefined]),
		['whole cold build', cold.cost],
		['floor: bare Astro, same page count', floor],
		['warm, nothing changed', warm?.cost],
		[`warm, one educator changed (${changed?.awards ?? 0} awards)`, warmOne?.cost],
	];
	say('');
	say('| what | wall | CPU | CPU/wall | peak memory |');
	say('| --- | --- | --- | --- | --- |');
	for (const [label, cost] of rows) {
		if (cost) say(`| ${label} | ${formatSeconds(cost.wallMs)} | ${formatSeconds(cost.cpuMs)} | ${parallelism(cost) ?? '–'} | ${formatBytes(cost.peakRssBytes)} |`);
	}
	const imagesOf = (run: typeof cold | undefined) => run?.counts['images.rendered'] ?? null;
	const figures = {
		educators: generated.educators,
		awards: generated.awards,
		evidence_items: generated.evidence,
		seed: options.seed,
		social_cards: options.socialCards,
		pages: output.pages,
		educator_pages: output.educatorPages,
		files: output.files,
		images: output.images,
		output_bytes: output.bytes,
		first_search_bytes: firstSearchBytes,
		...Object.assign({}, ...phaseNames.map(([name]) => costJson(`phase_${name.replaceAll('-', '_')}`, cold.phases[name]))),
		...costJson('cold', cold.cost),
		cold_images_rendered: imagesOf(cold),
		export_reads: cold.phases['export']?.runs ?? 0,
		...costJson('floor', floor),
		floor_pages: floor ? output.pages : null,
		floor_ratio: ratio(cold.cost.wallMs, floor?.wallMs),
		// Drawing cards and signing credentials are paid once per image and per credential (cached by
		// content hash); what remains is what every rebuild of changed data is made of.
		floor_ratio_without_paid_once: ratio(cold.cost.wallMs - (cold.phases['images']?.wallMs ?? 0) - (cold.phases['open-badges-3']?.wallMs ?? 0), floor?.wallMs),
		...costJson('warm_no_change', warm?.cost),
		warm_no_change_ratio: ratio(warm?.cost.wallMs, cold.cost.wallMs),
		warm_no_change_pages_rendered: warm?.pagesRendered ?? null,
		warm_no_change_images_rendered: imagesOf(warm),
		...costJson('warm_one_educator', warmOne?.cost),
		warm_one_educator_ratio: ratio(warmOne?.cost.wallMs, cold.cost.wallMs),
		warm_one_educator_pages_rendered: warmOne?.pagesRendered ?? null,
		warm_one_educator_images_rendered: imagesOf(warmOne),
		image_cpu_ms_per_rendered_image: ratio(cold.phases['images']?.cpuMs, imagesOf(cold)),
		machine_cpus: cpus().length,
		machine_cpu_model: cpus()[0]?.model ?? 'unknown',
		machine_memory_bytes: totalmem(),
	};
	say('');
	say(`floor ratio ${figures.floor_ratio ?? '–'} (${figures.floor_ratio_without_paid_once ?? '–'} without images and signing); warm ratios: no change ${figures.warm_no_change_ratio ?? '–'}, one educator ${figures.warm_one_educator_ratio ?? '–'}; pages rendered again: no change ${figures.warm_no_change_pages_rendered ?? '–'}, one educator ${figures.warm_one_educator_pages_rendered ?? '–'}; images drawn: cold ${figures.cold_images_rendered ?? '–'}, warm ${figures.warm_no_change_images_rendered ?? '–'}, one educator ${figures.warm_one_educator_images_rendered ?? '–'}; first search ${formatBytes(firstSearchBytes)}`);
	if (options.json) say(JSON.stringify(figures));
} finally {
	if (!options.keep) await rm(work, { recursive: true, force: true });
}
