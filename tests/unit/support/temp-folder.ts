import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** A fresh temp folder for each test of the calling file or suite, removed after it; read `.path` inside a test. */
export function useTempFolder(prefix: string): { readonly path: string } {
	let current: string | undefined;
	beforeEach(async () => {
		current = await mkdtemp(path.join(tmpdir(), prefix));
	});
	afterEach(async () => {
		if (current) await rm(current, { recursive: true, force: true });
		current = undefined;
	});
	return {
		get path() {
			if (!current) throw new Error('useTempFolder: read .path inside a test, not while the file loads.');
			return current;
		},
	};
}
