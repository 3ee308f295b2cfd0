import { spawnSync } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { acquireBuildLock, BuildLockedError } from '../../../src/stages/build-lock.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

const temp = { path: '' };
beforeEach(async () => {
	temp.path = await makeTempDir('credfolio-lock-');
});
let lockFile: string;
beforeEach(() => {
	lockFile = path.join(temp.path, 'cache', 'credfolio-build.lock');
});

const exists = (file: string) => stat(file).then(() => true, () => false);

/** The pid of a process that has already exited, as a killed build leaves behind. */
function deadPid(): number {
	const child = spawnSync(process.execPath, ['-e', '']);
	return child.pid!;
}

describe('the build lock', () => {
	it('records this build and releases on request', async () => {
		const release = acquireBuildLock(lockFile, { pid: process.pid, startedAt: '2026-06-01T09:00:00.000Z' });
		expect(JSON.parse(await readFile(lockFile, 'utf8'))).toEqual({ pid: process.pid, startedAt: '2026-06-01T09:00:00.000Z' });
		release();
		expect(await exists(lockFile)).toBe(false);
	});

	it('stops a second build at once, naming the running one', async () => {
		acquireBuildLock(lockFile, { pid: process.pid, startedAt: '2026-06-01T09:00:00.000Z' });
		expect(() => acquireBuildLock(lockFile, { pid: process.pid + 1, startedAt: '2026-06-01T09:00:05.000Z' })).toThrow(BuildLockedError);
		expect(() => acquireBuildLock(lockFile)).toThrow(
			`another build is running in this folder (pid ${process.pid}, started at 2026-06-01T09:00:00.000Z); wait for it to finish, then build again. If no build is running, delete ${lockFile}.`,
		);
		expect(JSON.parse(await readFile(lockFile, 'utf8'))).toEqual({ pid: process.pid, startedAt: '2026-06-01T09:00:00.000Z' });
	});

	it('takes over a lock left by a killed build', async () => {
		const release = acquireBuildLock(lockFile, { pid: deadPid(), startedAt: '2026-06-01T08:00:00.000Z' });
		// The "killed" build never released; a new build must not be blocked by it.
		expect(() => acquireBuildLock(lockFile, { pid: process.pid, startedAt: '2026-06-01T09:00:00.000Z' })).not.toThrow();
		expect(JSON.parse(await readFile(lockFile, 'utf8'))).toEqual({ pid: process.pid, startedAt: '2026-06-01T09:00:00.000Z' });
		// The dead build's release must not remove the lock the new build now holds.
		release();
		expect(await exists(lockFile)).toBe(true);
	});

	it('takes over a lock file that is not a lock (hand-edited or empty)', async () => {
		acquireBuildLock(lockFile, { pid: process.pid, startedAt: '2026-06-01T09:00:00.000Z' })();
		await writeFile(lockFile, '');
		expect(() => acquireBuildLock(lockFile)).not.toThrow();
	});
});
