import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { formatProblem } from '../../src/errors/format-issues.ts';
import { verifyHosted } from '../../src/openbadges/verify/verify-hosted.ts';

const distDir = inject('distDir');

/** Serves the built site's files for the URLs its Open Badges ids name, as a hosted verifier would fetch them. */
function fetchFromDist(siteRoot: string) {
	return async (url: string): Promise<unknown> => {
		if (!url.startsWith(siteRoot)) throw new Error(`${url} is not on this site (${siteRoot})`);
		return JSON.parse(await readFile(path.join(distDir, decodeURIComponent(url.slice(siteRoot.length))), 'utf8'));
	};
}

test('every published assertion of the built site verifies as a hosted Open Badge, or is marked revoked or expired', async () => {
	const folder = path.join(distDir, 'ob/assertions');
	const files = (await readdir(folder)).sort();
	expect(files.length).toBeGreaterThan(0);
	const first = JSON.parse(await readFile(path.join(folder, files[0]!), 'utf8')) as { id: string };
	const siteRoot = first.id.slice(0, first.id.indexOf('ob/assertions/'));
	const fetchJson = fetchFromDist(siteRoot);
	const outcomes = { valid: 0, revoked: 0, expired: 0 };
	const failures: string[] = [];
	for (const file of files) {
		const assertion = JSON.parse(await readFile(path.join(folder, file), 'utf8')) as { id: string; revoked?: boolean; expires?: string };
		const result = await verifyHosted(assertion.id, fetchJson);
		if (assertion.revoked) {
			expect(result.valid, file).toBe(false);
			expect(result.errors.map((problem) => problem.field), file).toEqual(['revoked']);
			outcomes.revoked += 1;
		} else if (assertion.expires && new Date(assertion.expires) < new Date()) {
			// Expired is the only thing wrong with it: the verifier says so, and nothing else.
			expect(result.valid, file).toBe(false);
			expect(result.errors, file).toEqual([expect.objectContaining({ field: 'expires', message: expect.stringMatching(/has expired/) })]);
			expect(result.warnings, file).toEqual([]);
			outcomes.expired += 1;
		} else if (result.valid && result.warnings.length === 0) {
			outcomes.valid += 1;
		} else {
			failures.push(...[...result.errors, ...result.warnings].map((problem) => `${file}: ${formatProblem(problem)}`));
		}
	}
	expect(failures).toEqual([]);
	// The demo export has revoked and expired awards, so both checks above really ran.
	expect(outcomes.revoked).toBeGreaterThan(0);
	expect(outcomes.expired).toBeGreaterThan(0);
	expect(outcomes.valid).toBeGreaterThan(outcomes.revoked + outcomes.expired);
});
