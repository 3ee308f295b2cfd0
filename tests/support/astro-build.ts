import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll } from 'vitest';
import { makeTempDir } from './temp-dir.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const astro = path.join(root, 'node_modules/.bin/astro');

/** The project root, for resolving fixtures. */
export const projectRoot = root;

/**
 * Runs `astro build` into `outDir` (never the real dist/) with extra environment, and returns
 * whether it succeeded with everything it printed. `--force` because Astro's content cache keeps
 * an unchanged entry's old file path, and tests copy fixtures into new temp folders; `force: false`
 * keeps Astro's content cache, as a rebuild on a user's machine does. The output comes without
 * colour codes: picocolors turns colour on whenever `CI` is set, even with no terminal.
 */
export async function buildSite(outDir: string, env: Record<string, string>, options: { force?: boolean } = {}): Promise<{ ok: boolean; output: string }> {
	// Vitest mirrors import.meta.env into process.env, and a child Vite build takes that BASE_URL
	// over the configured base, which would silently drop BASE_PATH.
	const { BASE_URL: _baseUrl, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...inherited } = process.env;
	try {
		const { stdout, stderr } = await run(astro, ['build', ...(options.force === false ? [] : ['--force']), '--outDir', outDir], {
			cwd: root,
			env: { ...inherited, SOCIAL_CARDS: 'off', ASTRO_TELEMETRY_DISABLED: '1', ...env },
			maxBuffer: 64 * 1024 * 1024,
		});
		return { ok: true, output: stripVTControlCharacters(stdout + stderr) };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { ok: false, output: stripVTControlCharacters(stdout + stderr) };
	}
}

/** A `dist` folder inside a fresh temp folder, so a test build never touches the real output. */
export async function makeTempOutDir(): Promise<{ outDir: string; cleanup: () => Promise<void> }> {
	const parent = await makeTempDir('credfolio-out-');
	return { outDir: path.join(parent, 'dist'), cleanup: () => rm(parent, { recursive: true, force: true }) };
}

/** Every file of a built site with a digest of its bytes, so "untouched" means byte for byte. */
export async function fingerprint(dir: string): Promise<Record<string, string>> {
	const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
	const digests = await Promise.all(
		entries.map(async (entry) => {
			const file = path.join(entry.parentPath, entry.name);
			return [path.relative(dir, file), createHash('sha256').update(await readFile(file)).digest('hex')] as const;
		}),
	);
	return Object.fromEntries(digests.sort(([a], [b]) => a.localeCompare(b)));
}

/** Cleanups to run once the calling file's (or suite's) tests are done, in the order they were pushed. */
export function cleanupAfterAll(): { push: (...cleanups: (() => Promise<void>)[]) => void } {
	const cleanups: (() => Promise<void>)[] = [];
	afterAll(async () => {
		for (const cleanup of cleanups) await cleanup();
	});
	return { push: (...more) => void cleanups.push(...more) };
}
