import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { codeDigest } from '../../../src/stages/educator-pages.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

describe('codeDigest', () => {
	const temp = { path: '' };
	beforeEach(async () => {
		temp.path = await makeTempDir('code-digest-');
	});
	const bundle = async (entry: string, chunk: string) => {
		await mkdir(path.join(temp.path, 'chunks'), { recursive: true });
		await writeFile(path.join(temp.path, 'prerender-entry.mjs'), entry);
		await writeFile(path.join(temp.path, 'chunks/page.mjs'), chunk);
		return codeDigest(temp.path);
	};

	it('ignores the key Astro makes afresh for every build', async () => {
		const first = await bundle('deserializeManifest({"routes":[],"key":"4N0527Ut=","logLevel":"info"})', 'export const a = 1;');
		const second = await bundle('deserializeManifest({"routes":[],"key":"dSutGkVb=","logLevel":"info"})', 'export const a = 1;');
		expect(second).toBe(first);
	});

	it('changes when any compiled file or the rest of the manifest changes', async () => {
		const first = await bundle('deserializeManifest({"routes":[],"key":"k="})', 'export const a = 1;');
		expect(await bundle('deserializeManifest({"routes":[],"key":"k="})', 'export const a = 2;')).not.toBe(first);
		expect(await bundle('deserializeManifest({"routes":[{"styles":["_astro/x.css"]}],"key":"k="})', 'export const a = 1;')).not.toBe(first);
	});
});
