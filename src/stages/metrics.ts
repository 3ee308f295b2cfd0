import { appendFileSync } from 'node:fs';

/** One line of the metrics file: a timed phase, a count, or the whole process at exit. */
export type MetricLine =
	| { kind: 'phase'; phase: string; wallMs: number; cpuMs: number; peakRssBytes: number }
	| { kind: 'count'; name: string; value: number }
	| { kind: 'process'; wallMs: number; cpuMs: number; peakRssBytes: number };

/** Phase timings and counts for `npm run bench`; records nothing unless the build was given a metrics file. */
export interface Metrics {
	/** Starts timing a phase; `end()` writes its wall time, CPU time (every thread) and peak memory. */
	start(phase: string): { end(): void };
	/** Runs `work` as a named phase. */
	measure<T>(phase: string, work: () => Promise<T>): Promise<T>;
	/** Records a number the benchmark reports, such as how many images were drawn rather than reused. */
	count(name: string, value: number): void;
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
	const used = process.cpuUsage(since);
	return (used.user + used.system) / 1000;
};

/** A phase's peak, sampled: resident memory of the whole process (worker threads included) every 50 ms. */
function sampleRss(): { stop(): number } {
	let peak = process.memoryUsage.rss();
	const timer = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage.rss());
	}, 50);
	timer.unref();
	return {
		stop() {
			clearInterval(timer);
			return Math.max(peak, process.memoryUsage.rss());
		},
	};
}

/**
 * Metrics written as JSON lines to `file` (BUILD_METRICS_FILE, which `npm run bench` sets), with the
 * whole process's CPU time and peak memory when it exits; without a file, a no-op.
 */
export function createMetrics(file: string | undefined): Metrics {
	const write = (line: MetricLine) => {
		if (file) appendFileSync(file, `${JSON.stringify(line)}\n`);
	};
	if (file) {
		process.once('exit', () => {
			const usage = process.resourceUsage();
			write({ kind: 'process', wallMs: process.uptime() * 1000, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakRssBytes: usage.maxRSS * 1024 });
		});
	}
	const start = (phase: string) => {
		if (!file) return { end() {} };
		const wallStart = performance.now();
		const cpuStart = process.cpuUsage();
		const rss = sampleRss();
		return {
			end() {
				write({ kind: 'phase', phase, wallMs: performance.now() - wallStart, cpuMs: cpuMs(cpuStart), peakRssBytes: rss.stop() });
			},
		};
	};
	return {
		start,
		async measure(phase, work) {
			const timing = start(phase);
			try {
				return await work();
			} finally {
				timing.end();
			}
		},
		count: (name, value) => write({ kind: 'count', name, value }),
	};
}

/** Metrics that record nothing, for tests and for callers outside a build. */
export const noMetrics: Metrics = createMetrics(undefined);
