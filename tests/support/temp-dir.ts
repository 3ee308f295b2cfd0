import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(async () => {
	await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A new empty folder in the system's temp folder, removed once the calling test file is done. */
export async function makeTempDir(prefix = 'credfolio-test-'): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), prefix));
	made.push(dir);
	return dir;
}
