import { describe, expect, test } from 'vitest';
import { countRenderedPages, parseBenchArgs, parseGnuTime, ratio, readMetricLines } from '../../../scripts/bench/figures.ts';

describe('bench arguments', () => {
	test('defaults to 1,000 educators with every part of the run on', () => {
		expect(parseBenchArgs([])).toEqual({ educators: 1000, seed: 'credfolio', json: false, keep: false, floor: true, warm: true, search: true, socialCards: true });
	});

	test('reads sizes and turns parts off', () => {
		const options = parseBenchArgs(['--educators', '10000', '--json', '--no-floor', '--no-social-cards']);
		expect(options).toMatchObject({ educators: 10000, json: true, floor: false, socialCards: false, warm: true });
	});

	test.each(['0', '2.5', 'many'])('refuses --educators %s and says what to give', (value) => {
		expect(() => parseBenchArgs(['--educators', value])).toThrow(`--educators is "${value}"; give a whole number of educators`);
	});
});

describe('bench arithmetic', () => {
	test('ratios round to 3 decimals and are null without a whole', () => {
		expect(ratio(207_000, 115_000)).toBe(1.8);
		expect(ratio(1, 3)).toBe(0.333);
		expect(ratio(5, 0)).toBeNull();
		expect(ratio(null, 5)).toBeNull();
	});

	test('GNU time line becomes milliseconds and bytes', () => {
		expect(parseGnuTime('12.50 20.25 1.75 1048576\n')).toEqual({ wallMs: 12_500, cpuMs: 22_000, peakRssBytes: 1024 ** 3 });
		expect(parseGnuTime('Command exited with non-zero status 1')).toBeUndefined();
	});

	test('phases measured twice add their times, keep the higher peak, and count the runs', () => {
		const text = [
			{ kind: 'phase', phase: 'export', wallMs: 100, cpuMs: 150, peakRssBytes: 500 },
			{ kind: 'phase', phase: 'export', wallMs: 40, cpuMs: 50, peakRssBytes: 800 },
			{ kind: 'count', name: 'images.rendered', value: 7 },
			{ kind: 'process', wallMs: 1000, cpuMs: 1500, peakRssBytes: 900 },
		]
			.map((line) => JSON.stringify(line))
			.join('\n');
		const { phases, counts, process } = readMetricLines(`${text}\n`);
		expect(phases['export']).toEqual({ wallMs: 140, cpuMs: 200, peakRssBytes: 800, runs: 2 });
		expect(counts).toEqual({ 'images.rendered': 7 });
		expect(process).toEqual({ wallMs: 1000, cpuMs: 1500, peakRssBytes: 900 });
	});
});

describe('pages rendered', () => {
	test('counts the HTML pages Astro rendered, not those it reused from its incremental cache or other files', () => {
		const log = [
			'19:13:56   ├─ /404.html (+10ms) ',
			'19:13:56   ├─ /educators/ana/index.html (restored)',
			'19:13:56   ├─ /educators/ana/w-1/index.html (cached)',
			'19:13:56   ├─ /educators/ana/portfolio.json (+2ms) ',
			'19:13:56   ├─ /credentials/exit-tickets/index.html (+1.2s) ',
		].join('\n');
		expect(countRenderedPages(log)).toBe(2);
	});
});
