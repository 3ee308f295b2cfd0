import { parseArgs } from 'node:util';

/** What `npm run bench` was asked to do. */
export interface BenchOptions {
	educators: number;
	seed: string;
	json: boolean;
	keep: boolean;
	floor: boolean;
	warm: boolean;
	search: boolean;
	socialCards: boolean;
}

export const usage =
	'Usage: npm run bench -- [--educators 1000] [--seed credfolio] [--json] [--keep] [--no-floor] [--no-warm] [--no-search] [--no-social-cards]';

/** Reads the command line; a bad value throws an error that says which flag and what to give instead. */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
	const { values } = parseArgs({
		args: [...args],
		allowNegative: true,
		options: {
			educators: { type: 'string', default: '1000' },
			seed: { type: 'string', default: 'credfolio' },
			json: { type: 'boolean', default: false },
			keep: { type: 'boolean', default: false },
			floor: { type: 'boolean', default: true },
			warm: { type: 'boolean', default: true },
			search: { type: 'boolean', default: true },
			'social-cards': { type: 'boolean', default: true },
		},
	});
	const educators = Number(values.educators);
	if (!Number.isInteger(educators) || educators < 1) throw new Error(`--educators is "${values.educators}"; give a whole number of educators, e.g. --educators 1000. ${usage}`);
	return {
		educators,
		seed: values.seed,
		json: values.json,
		keep: values.keep,
		floor: values.floor,
		warm: values.warm,
		search: values.search,
		socialCards: values['social-cards'],
	};
}

/** Wall time, CPU time (every thread) and peak resident memory of a build or one phase of it. */
export interface Cost {
	wallMs: number;
	cpuMs: number | null;
	peakRssBytes: number | null;
}

/** `part / whole`, rounded to 3 decimals; null when either is missing or the whole is zero. */
export function ratio(part: number | null | undefined, whole: number | null | undefined): number | null {
	if (part == null || whole == null || whole === 0) return null;
	return Math.round((part / whole) * 1000) / 1000;
}

/** CPU time over wall time: about 2 means both cores were busy the whole phase. */
export const parallelism = (cost: Cost): number | null => ratio(cost.cpuMs, cost.wallMs);

/** Parses the lines of a BUILD_METRICS_FILE into phases (summed when a phase ran more than once) and counts. */
export function readMetricLines(text: string): { phases: Record<string, Cost & { runs: number }>; counts: Record<string, number>; process: Cost | undefined } {
	const phases: Record<string, Cost & { runs: number }> = {};
	const counts: Record<string, number> = {};
	let process: Cost | undefined;
	for (const line of text.split('\n')) {
		if (line.trim() === '') continue;
		const entry = JSON.parse(line) as { kind: string; phase?: string; name?: string; value?: number; wallMs?: number; cpuMs?: number; peakRssBytes?: number };
		if (entry.kind === 'phase' && entry.phase) {
			const sum = (phases[entry.phase] ??= { wallMs: 0, cpuMs: 0, peakRssBytes: 0, runs: 0 });
			sum.wallMs += entry.wallMs ?? 0;
			sum.cpuMs = (sum.cpuMs ?? 0) + (entry.cpuMs ?? 0);
			sum.peakRssBytes = Math.max(sum.peakRssBytes ?? 0, entry.peakRssBytes ?? 0);
			sum.runs += 1;
		} else if (entry.kind === 'count' && entry.name) {
			counts[entry.name] = (counts[entry.name] ?? 0) + (entry.value ?? 0);
		} else if (entry.kind === 'process') {
			process = { wallMs: entry.wallMs ?? 0, cpuMs: entry.cpuMs ?? null, peakRssBytes: entry.peakRssBytes ?? null };
		}
	}
	return { phases, counts, process };
}

/** Output of GNU time's `-f '%e %U %S %M'`: elapsed seconds, user and system CPU seconds, peak kilobytes. */
export function parseGnuTime(line: string): Cost | undefined {
	const match = /^(\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+)$/.exec(line.trim());
	if (!match) return undefined;
	const [, elapsed, user, system, kilobytes] = match.map(Number) as [number, number, number, number, number];
	return { wallMs: elapsed * 1000, cpuMs: (user + system) * 1000, peakRssBytes: kilobytes * 1024 };
}

export const formatSeconds = (ms: number | null | undefined): string => (ms == null ? '–' : `${(ms / 1000).toFixed(1)} s`);
export const formatBytes = (bytes: number | null | undefined): string => {
	if (bytes == null) return '–';
	if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
	if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
	return `${(bytes / 1024).toFixed(1)} KB`;
};

/**
 * The HTML pages Astro's own loop rendered: it logs a rendered file with its time
 * (`├─ /a/index.html (+3ms)`), and with an incremental build a reused one as `(restored)` or
 * `(cached)`. Educator pages are rendered outside that loop and counted by the build itself.
 */
export function countRenderedPages(output: string): number {
	return output.match(/├─ \S+\.html \(\+/g)?.length ?? 0;
}
