import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture } from '../support/fixture-copy.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const astro = path.join(root, 'node_modules/.bin/astro');

async function build(contentDir: string, outDir: string) {
	try {
		const { stdout, stderr } = await run(astro, ['build', '--outDir', outDir], {
			cwd: root,
			env: { ...process.env, CONTENT_PATH: contentDir, SOCIAL_CARDS: 'off', ASTRO_TELEMETRY_DISABLED: '1' },
			maxBuffer: 64 * 1024 * 1024,
		});
		return { ok: true, output: stdout + stderr };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { ok: false, output: stdout + stderr };
	}
}

describe('atomic publish', { timeout: 180_000 }, () => {
	const cleanups: (() => Promise<void>)[] = [];
	afterAll(async () => {
		for (const cleanup of cleanups) await cleanup();
	});

	it('a build that fails on bad content leaves the previous output untouched and says why', async () => {
		const outParent = await mkdtemp(path.join(tmpdir(), 'credfolio-out-'));
		cleanups.push(() => rm(outParent, { recursive: true, force: true }));
		const outDir = path.join(outParent, 'dist');
		const content = await copyFixture('catalog/valid');
		cleanups.push(content.cleanup);

		const first = await build(content.dir, outDir);
		expect(first.ok, first.output).toBe(true);
		const before = await readFile(path.join(outDir, 'credentials/cold-calling/index.html'), 'utf8');
		const files = (await readdir(outDir, { recursive: true })).sort();

		await content.edit('credentials/cold-calling.mdx', (source) => source.replace('issuer: acme-institute', 'issuer: nobody'));
		await content.edit('credentials/think-pair-share.mdx', (source) => source.replace('title: Think-pair-share', 'title: Changed'));
		const second = await build(content.dir, outDir);
		expect(second.ok).toBe(false);
		expect(second.output).toContain('credentials/cold-calling.mdx: issuer is "nobody", but no issuer has that id (valid choices: acme-institute)');
		expect(await readFile(path.join(outDir, 'credentials/cold-calling/index.html'), 'utf8')).toBe(before);
		expect((await readdir(outDir, { recursive: true })).sort()).toEqual(files);
	});
});
