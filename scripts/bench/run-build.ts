import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseGnuTime, type Cost } from './figures.ts';

const gnuTime = '/usr/bin/time';

/** How a build went: its cost as the operating system saw it, and everything it printed. */
export interface BuildRun {
	cost: Cost;
	output: string;
}

/**
 * Runs `astro build` in `cwd` under GNU time (Debian package `time`) when it is installed, so the
 * full build and the floor are measured the same way: wall, CPU of every thread, and the peak
 * resident memory of the largest process. Without it only wall time is known. Runs at a lower
 * priority: the machines this runs on are shared.
 */
export async function runAstroBuild(cwd: string, args: readonly string[], env: Record<string, string>): Promise<BuildRun> {
	const astro = path.join(cwd, 'node_modules/.bin/astro');
	const timeFile = path.join(path.dirname(env['BUILD_METRICS_FILE'] ?? path.join(cwd, 'x')), `time-${process.pid}-${Date.now()}.txt`);
	const timed = existsSync(gnuTime);
	const [command, commandArgs] = timed ? [gnuTime, ['-o', timeFile, '-f', '%e %U %S %M', 'nice', '-n', '10', astro, 'build', ...args]] : ['nice', ['-n', '10', astro, 'build', ...args]];
	const started = performance.now();
	const output = await new Promise<string>((resolve, reject) => {
		const child = spawn(command, commandArgs, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
		let text = '';
		child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve(text);
			else reject(new Error(`astro build ${args.join(' ')} in ${cwd} failed with exit code ${code}:\n${text.slice(-4000)}`));
		});
	});
	const wallMs = performance.now() - started;
	if (!timed) return { cost: { wallMs, cpuMs: null, peakRssBytes: null }, output };
	const cost = parseGnuTime(await readFile(timeFile, 'utf8'));
	await rm(timeFile, { force: true });
	return { cost: cost ? { ...cost, wallMs } : { wallMs, cpuMs: null, peakRssBytes: null }, output };
}
