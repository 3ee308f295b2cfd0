import { beforeAll, expect, inject, test } from 'vitest';
import { checkHtmlFiles } from './support/nu-checker.ts';
import { discoverPageTypes } from './support/page-types.ts';

const pageTypes = await discoverPageTypes(inject('distDir'));

let errorsByFile: Map<string, string[]>;
beforeAll(async () => {
	errorsByFile = await checkHtmlFiles(pageTypes.map((pageType) => pageType.file));
});

test.for(pageTypes)('$type page (/$urlPath) is valid HTML', ({ file }) => {
	expect(errorsByFile.get(file)).toEqual([]);
});
