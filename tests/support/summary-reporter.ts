import { appendFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';
import { kitSkipLine, STANDARDS_KIT_TAG, standardsKit } from './standards-kit.ts';

/** Counts of one Vitest run, as scripts/test.ts totals them over every project. */
export interface RunTotals {
	passed: number;
	failed: number;
	skipped: number;
	/** Tests tagged `standards-kit` that were skipped. */
	kitSkipped: number;
}

export function countTests(modules: ReadonlyArray<TestModule>): RunTotals {
	const totals: RunTotals = { passed: 0, failed: 0, skipped: 0, kitSkipped: 0 };
	for (const module of modules) {
		let failedTests = 0;
		for (const test of module.children.allTests()) {
			const state = test.result().state;
			if (state === 'passed') totals.passed += 1;
			else if (state === 'failed') failedTests += 1;
			else totals.skipped += 1;
			if (state === 'skipped' && test.tags.includes(STANDARDS_KIT_TAG)) totals.kitSkipped += 1;
		}
		// A file that fails to load, or whose hooks fail, is one failure even with no failed test in it.
		totals.failed += module.state() === 'failed' ? Math.max(failedTests, 1) : failedTests;
	}
	return totals;
}

/**
 * Says how many conformance tests were skipped for want of the standards kit (one line), and with
 * REQUIRE_STANDARDS_KIT=1 (set by .ci/run when the kit is there) fails the run if any was skipped,
 * so a broken path cannot silently turn the conformance suite off. Under scripts/test.ts it hands
 * its counts over (CREDFOLIO_TEST_TOTALS) and the runner prints the line once at the end.
 */
export default class SummaryReporter implements Reporter {
	onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
		const totals = countTests(modules);
		const totalsFile = process.env['CREDFOLIO_TEST_TOTALS'];
		if (totalsFile) appendFileSync(totalsFile, `${JSON.stringify(totals)}\n`);
		else if (totals.kitSkipped > 0 && !standardsKit.present) console.log(kitSkipLine(totals.kitSkipped));
		if (process.env['REQUIRE_STANDARDS_KIT'] !== '1') return;
		if (!standardsKit.present) {
			console.error(`REQUIRE_STANDARDS_KIT=1, but the standards kit is not at ${standardsKit.dir} (STANDARDS_KIT=${standardsKit.setting}).`);
			process.exitCode = 1;
		} else if (totals.kitSkipped > 0) {
			console.error(`${totals.kitSkipped} conformance test(s) were skipped although the standards kit is at ${standardsKit.dir}; every conformance test must run here.`);
			process.exitCode = 1;
		}
	}
}
