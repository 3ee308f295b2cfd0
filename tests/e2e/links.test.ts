import { expect, inject, test } from 'vitest';
import { findBrokenLinks } from './support/link-crawl.ts';

test('every link and asset reachable from the home page resolves', async () => {
	expect(await findBrokenLinks(inject('baseUrl'))).toEqual([]);
});
