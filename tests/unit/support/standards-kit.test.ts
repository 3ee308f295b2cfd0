import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/astro-build.ts';
import { kitSkipLine, locateStandardsKit } from '../../support/standards-kit.ts';

describe('the standards kit location', () => {
	it('is ../shared/standards from the project root unless STANDARDS_KIT says otherwise', () => {
		expect(locateStandardsKit({}).dir).toBe(path.resolve(projectRoot, '../shared/standards'));
		expect(locateStandardsKit({ STANDARDS_KIT: '/opt/kit' }).dir).toBe('/opt/kit');
	});

	it('is absent where the kit\'s files are not', () => {
		expect(locateStandardsKit({ STANDARDS_KIT: projectRoot }).present).toBe(false);
	});

	it('explains a skip in one line: how many, why, and where the kit comes from', () => {
		const line = kitSkipLine(15, { setting: '../shared/standards', dir: '/home/ana/shared/standards', url: new URL('file:///home/ana/shared/standards/'), present: false });
		expect(line).toBe(
			"15 conformance tests skipped, and the kit's per-case tests not generated: the Open Badges standards kit is not at /home/ana/shared/standards (STANDARDS_KIT=../shared/standards). It holds 1EdTech's schemas, contexts and conformance cases; see docs/testing.md for where to get it.",
		);
		expect(line).not.toContain('\n');
	});
});
