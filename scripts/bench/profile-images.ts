import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import satori from 'satori';
import type { ImageJob } from '../../src/images/image-job.ts';
import { sansFamily } from '../../src/images/fonts/font-families.ts';
import { loadFontLibrary } from '../../src/images/fonts/load-font-library.ts';
import { collectTextRuns } from '../../src/images/fonts/text-runs.ts';
import { dropNoOpImageMasks, pngOptions } from '../../src/images/render/render-png.ts';
import { imageTemplates } from '../../src/images/templates/image-templates.ts';
import type { ImageTemplate } from '../../src/images/templates/image-template.ts';
import { sampleJobs } from '../../tests/unit/images/sample-jobs.ts';

/**
 * Where an image's milliseconds go, on one thread: the template (text fitting), satori (layout to
 * SVG), resvg inside sharp (SVG to pixels) and PNG encoding with each setting tried. Run with
 * `node scripts/bench/profile-images.ts [rounds]`; docs/performance.md records what it printed.
 */
const rounds = Number(process.argv[2] ?? 20);
const library = await loadFontLibrary();
const fontData = new Map<string, Buffer>();
/** CPU milliseconds per run (libvips held to one thread below), so other processes on a shared machine do not count. */
const time = async (work: () => unknown | Promise<unknown>) => {
	const start = process.cpuUsage();
	for (let round = 0; round < rounds; round++) await work();
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1000 / rounds;
};
const encodings = {
	'palette, effort 1 (before)': { palette: true, quality: 100, compressionLevel: 9, effort: 1 },
	'palette, effort 1, no dither': { palette: true, quality: 100, compressionLevel: 9, effort: 1, dither: 0 },
	'palette, no dither, level 6, quality 80': { palette: true, quality: 80, compressionLevel: 6, effort: 1, dither: 0 },
	'palette, no dither, level 6, 128 colours': { palette: true, colours: 128, quality: 100, compressionLevel: 6, effort: 1, dither: 0 },
	'truecolour, level 6': { palette: false, compressionLevel: 6 },
	current: pngOptions,
} as const;
sharp.concurrency(1);
for (const job of sampleJobs() as ImageJob[]) {
	const template = imageTemplates[job.template] as ImageTemplate<unknown>;
	const tree = template.render(job.data, library.measure);
	const faces = library.facesFor(collectTextRuns(tree, sansFamily, 400));
	const fonts = await Promise.all(
		faces.map(async (face) => {
			let data = fontData.get(face.file);
			if (!data) fontData.set(face.file, (data = await readFile(face.file)));
			return { name: face.name, weight: face.weight, data, style: 'normal' as const };
		}),
	);
	const size = { width: template.width, height: template.height };
	const svg = dropNoOpImageMasks(await satori(tree as never, { ...size, fonts }));
	const raw = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
	const figures: Record<string, string> = {
		template: (await time(() => template.render(job.data, library.measure))).toFixed(1),
		satori: (await time(() => satori(tree as never, { ...size, fonts }))).toFixed(1),
		rasterise: (await time(() => sharp(Buffer.from(svg)).raw().toBuffer())).toFixed(1),
	};
	for (const [name, options] of Object.entries(encodings)) {
		const encode = () => sharp(raw.data, { raw: raw.info }).png(options).toBuffer();
		figures[name] = `${(await time(encode)).toFixed(1)} ms, ${((await encode()).length / 1024).toFixed(1)} KB`;
	}
	console.log(job.template, `${template.width}x${template.height}`, `${faces.length} font faces`, JSON.stringify(figures));
}
