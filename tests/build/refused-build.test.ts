import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock } from '../../src/stages/build-lock.ts';
import { buildSite, cleanupAfterAll, fingerprint, makeTempOutDir, projectRoot } from '../support/astro-build.ts';

/** A stand-in for the previously published site, which a refused build must leave as it is. */
async function publishedSite(): Promise<{ outDir: string; cleanup: () => Promise<void> }> {
	const temp = await makeTempOutDir();
	await mkdir(temp.outDir, { recursive: true });
	await writeFile(path.join(temp.outDir, 'index.html'), '<!doctype html><title>previous</title>');
	return temp;
}

const removed = (dir: string) => stat(dir).then(() => 'left behind', () => 'removed');

describe('a build refused before it starts', { timeout: 120_000 }, () => {
	const cleanups = cleanupAfterAll();

	it('CREDFOLIO_ENV=production without its settings names each one and leaves dist/ untouched', async () => {
		const { outDir, cleanup } = await publishedSite();
		cleanups.push(cleanup);
		const files = await fingerprint(outDir);
		// Empty is unset, whatever the environment running the tests holds.
		const built = await buildSite(outDir, { CREDFOLIO_ENV: 'production', SITE_URL: '', OB_SALT_SECRET: '', OB3_SIGNING_KEY: '', OB3_SIGNING_KEY_FILE: '' });
		expect(built.ok).toBe(false);
		expect(built.output).toContain('CREDFOLIO_ENV=production, but the build is not safe to publish (see docs/deploy.md) (3 problems):');
		expect(built.output).toContain('environment: SITE_URL is not set');
		expect(built.output).toContain('environment: OB_SALT_SECRET is not set');
		expect(built.output).toContain('environment: OB3_SIGNING_KEY is not set');
		expect(await fingerprint(outDir)).toEqual(files);
		expect(await removed(`${outDir}.staging`)).toBe('removed');
	});

	it('a second build in the same folder stops at once, naming the running one', async () => {
		const { outDir, cleanup } = await publishedSite();
		cleanups.push(cleanup);
		const files = await fingerprint(outDir);
		// This test process plays the running build.
		const release = acquireBuildLock(path.join(projectRoot, 'node_modules/.astro/credfolio-build.lock'), { pid: process.pid, startedAt: '2026-06-01T09:00:00.000Z' });
		try {
			const built = await buildSite(outDir, {});
			expect(built.ok).toBe(false);
			expect(built.output).toContain(`another build is running in this folder (pid ${process.pid}, started at 2026-06-01T09:00:00.000Z)`);
			expect(await fingerprint(outDir)).toEqual(files);
			expect(await removed(`${outDir}.staging`)).toBe('removed');
		} finally {
			release();
		}
	});
});
