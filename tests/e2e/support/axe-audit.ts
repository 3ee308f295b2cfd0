import { createRequire } from 'node:module';
import { relative } from 'node:path';
import type { Page } from 'playwright-core';
import { formatProblem, type Problem } from '../../../src/errors/format-issues.ts';

type Axe = typeof import('axe-core');

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the bar districts and states hold public sites to. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
	id: string;
	impact: string;
	help: string;
	helpUrl: string;
	targets: string[];
}

/**
 * Runs axe-core inside the loaded page and reports each violated rule as a problem in
 * `file`, naming the rule, its impact, the offending elements and where to read the fix.
 */
export async function auditAccessibility(page: Page, file: string): Promise<string[]> {
	await page.addScriptTag({ path: axeScript });
	const violations = await page.evaluate(async (tags): Promise<Violation[]> => {
		const { axe } = window as unknown as { axe: Axe };
		const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return results.violations.map((violation) => ({
			id: violation.id,
			impact: violation.impact ?? 'unknown',
			help: violation.help,
			helpUrl: violation.helpUrl,
			// Shadow-DOM targets are selector chains; join them the way axe documents them.
			targets: violation.nodes.map((node) => node.target.flat().join(' >>> ')),
		}));
	}, wcagTags);
	return violations.map((violation) => formatProblem(describeViolation(relative(process.cwd(), file), violation)));
}

function describeViolation(file: string, violation: Violation): Problem {
	return {
		file,
		field: '',
		message: `axe rule ${violation.id} (${violation.impact}): ${violation.help}; fix ${violation.targets.join(', ')}; see ${violation.helpUrl}`,
	};
}
