// Runs every check in order and keeps going past a failure, so one failing step never hides the
// results of the others: astro check, unit tests, build tests, the real build, browser tests.
// Ends with one line totalling every Vitest project: `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { kitSkipLine, standardsKit } from '../tests/support/standards-kit.ts';
import type { RunTotals } from '../tests/support/summary-reporter.ts';

interface Step {
	name: string;
	command: string[];
	/** A step that cannot run once an earlier one failed, and why. */
	needs?: { step: string; because: string };
}

const steps: Step[] = [
	{ name: 'astro check', command: ['astro', 'check'] },
	{ name: 'unit tests', command: ['vitest', 'run', '--project', 'unit'] },
	{ name: 'build tests', command: ['vitest', 'run', '--project', 'build'] },
	{ name: 'astro build', command: ['astro', 'build'] },
	{ name: 'browser tests', command: ['vitest', 'run', '--project', 'e2e'], needs: { step: 'astro build', because: 'they test the site it builds' } },
];

const scratch = mkdtempSync(path.join(tmpdir(), 'credfolio-test-'));
const totalsFile = path.join(scratch, 'totals.jsonl');
const outcomes = new Map<string, 'passed' | 'failed' | 'not run'>();
const notes: string[] = [];

for (const step of steps) {
	if (step.needs && outcomes.get(step.needs.step) !== 'passed') {
		outcomes.set(step.name, 'not run');
		notes.push(`${step.name} not run: ${step.needs.step} failed, and ${step.needs.because}.`);
		continue;
	}
	console.log(`\n==> ${step.name}: ${step.command.join(' ')}`);
	// npm run puts node_modules/.bin first on PATH, so these are the project's own tools on its own Node.
	const [command = '', ...args] = step.command;
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, CREDFOLIO_TEST_TOTALS: totalsFile } });
	if (result.error) notes.push(`${step.name} could not start: ${result.error.message}`);
	outcomes.set(step.name, result.status === 0 ? 'passed' : 'failed');
}

const runs = readTotals(totalsFile);
rmSync(scratch, { recursive: true, force: true });
const sum = (key: keyof RunTotals) => runs.reduce((total, run) => total + run[key], 0);

console.log('\n==> Summary');
for (const [name, outcome] of outcomes) console.log(`${outcome === 'passed' ? 'ok    ' : outcome === 'failed' ? 'FAILED' : 'SKIPPED'} ${name}`);
for (const note of notes) console.log(note);
const kitSkipped = sum('kitSkipped');
if (kitSkipped > 0 && !standardsKit.present) console.log(kitSkipLine(kitSkipped));
console.log(`${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`);
if ([...outcomes.values()].some((outcome) => outcome !== 'passed')) process.exitCode = 1;

function readTotals(file: string): RunTotals[] {
	try {
		return readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as RunTotals);
	} catch {
		return [];
	}
}
