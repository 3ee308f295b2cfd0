import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeDigest } from '../../../src/prerender/code-digest.ts';

describe('codeDigest', () => {
	let dir: string;
	beforeEach(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'code-digest-'));
		await mkdir(path.join(dir, 'chunks'));
	});
	afterEach(() => rm(dir, { recursive: true, force: true }));
	const bundle = async (entry: string, chunk: string) => {
		await writeFile(path.join(dir, 'prerender-entry.mjs'), entry);
		await writeFile(path.join(dir, 'chunks/page.mjs'), chunk);
		return codeDigest(dir);
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
