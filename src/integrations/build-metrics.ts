import { appendFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/** One line of the metrics file: a timed phase, a count, or the whole process at exit. */
export type MetricLine =
	| { kind: 'phase'; phase: string; wallMs: number; cpuMs: number; peakRssBytes: number }
	| { kind: 'count'; name: string; value: number }
	| { kind: 'process'; wallMs: number; cpuMs: number; peakRssBytes: number };

/** Where `npm run bench` asks the build to write its figures; unset in ordinary builds, which then record nothing. */
const metricsFile = (): string | undefined => process.env['BUILD_METRICS_FILE'] || undefined;

function write(line: MetricLine): void {
	const file = metricsFile();
	if (file) appendFileSync(file, `${JSON.stringify(line)}\n`);
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

/** Starts timing a phase; `end()` writes its wall time, CPU time (every thread) and peak memory. */
export function startPhase(phase: string): { end(): void } {
	if (!metricsFile()) return { end() {} };
	const wallStart = performance.now();
	const cpuStart = process.cpuUsage();
	const rss = sampleRss();
	return {
		end() {
			write({ kind: 'phase', phase, wallMs: performance.now() - wallStart, cpuMs: cpuMs(cpuStart), peakRssBytes: rss.stop() });
		},
	};
}

/** Runs `work` as a named phase of the build's metrics. */
export async function measurePhase<T>(phase: string, work: () => Promise<T>): Promise<T> {
	const timing = startPhase(phase);
	try {
		return await work();
	} finally {
		timing.end();
	}
}

/** Records a number the benchmark reports, such as how many images were drawn rather than reused. */
export function recordCount(name: string, value: number): void {
	write({ kind: 'count', name, value });
}

/**
 * Records the page-rendering phase (Vite bundling and prerendering, between Astro's build start
 * and its generated hook) and the whole process's CPU time and peak memory when it exits, for
 * `npm run bench`. Does nothing unless BUILD_METRICS_FILE is set.
 */
export function buildMetrics(): AstroIntegration {
	let pages: { end(): void } | undefined;
	return {
		name: 'credfolio:build-metrics',
		hooks: {
			'astro:config:setup': () => {
				if (!metricsFile()) return;
				process.once('exit', () => {
					const usage = process.resourceUsage();
					write({
						kind: 'process',
						wallMs: process.uptime() * 1000,
						cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
						peakRssBytes: usage.maxRSS * 1024,
					});
				});
			},
			'astro:build:start': () => {
				pages = startPhase('pages');
			},
			'astro:build:generated': () => {
				pages?.end();
			},
		},
	};
}
