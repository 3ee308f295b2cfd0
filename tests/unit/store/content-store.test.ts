import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/content-store.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

describe('content store', () => {
	const temp = { path: '' };
	beforeEach(async () => {
		temp.path = await makeTempDir('page-store-');
	});
	beforeEach(() => mkdir(path.join(temp.path, 'out')));
	const out = (name: string) => path.join(temp.path, 'out', name);

	it('reads back what it wrote, and nothing under another key, leaving no partial file', async () => {
		const store = openStore(path.join(temp.path, 'store'), 'png');
		await store.write('ab12', Buffer.from('png bytes'));
		expect((await openStore(path.join(temp.path, 'store'), 'png').read('ab12'))?.toString()).toBe('png bytes');
		expect(await store.read('cd34')).toBeUndefined();
		expect(await readdir(path.join(temp.path, 'store/ab'))).toEqual(['ab12.png']);
	});

	it('puts back a kept page under its key, and nothing under another', async () => {
		await writeFile(out('a.html'), '<p>a</p>');
		await openStore(path.join(temp.path, 'store'), 'html').keep('aa11', out('a.html'));

		const next = openStore(path.join(temp.path, 'store'), 'html');
		expect(await next.restore('aa11', out('b.html'))).toBe(true);
		expect(await readFile(out('b.html'), 'utf8')).toBe('<p>a</p>');
		expect(await next.restore('bb22', out('c.html'))).toBe(false);
	});

	it('replaces a file already at the output path without writing through it into the store', async () => {
		await writeFile(out('a.html'), 'stored');
		const store = openStore(path.join(temp.path, 'store'), 'html');
		await store.keep('aa11', out('a.html'));
		await writeFile(out('old.html'), 'left by an earlier build');
		expect(await store.restore('aa11', out('old.html'))).toBe(true);
		expect(await readFile(out('old.html'), 'utf8')).toBe('stored');
		expect(await readFile(path.join(temp.path, 'store/aa/aa11.html'), 'utf8')).toBe('stored');
	});

	it('prunes exactly the pages this build neither restored nor kept', async () => {
		const first = openStore(path.join(temp.path, 'store'), 'html');
		for (const key of ['aa11', 'aa22', 'bb33']) {
			await writeFile(out(`${key}.html`), key);
			await first.keep(key, out(`${key}.html`));
		}
		const second = openStore(path.join(temp.path, 'store'), 'html');
		await second.restore('aa22', out('x.html'));
		expect(await second.prune()).toBe(2);
		expect(await readdir(path.join(temp.path, 'store/aa'))).toEqual(['aa22.html']);
		expect(await readdir(path.join(temp.path, 'store/bb'))).toEqual([]);
	});
});
