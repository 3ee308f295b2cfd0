import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeTempDir } from '../../support/temp-dir.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');

/** A private copy of a fixture folder that a test may edit; `cleanup` removes it. */
export async function copyFixture(name: string) {
	const dir = await makeTempDir('credfolio-fixture-');
	await cp(path.join(fixtures, name), dir, { recursive: true });
	return {
		dir,
		/** Rewrites one file of the copy. */
		edit: async (file: string, change: (source: string) => string) => {
			const target = path.join(dir, file);
			await writeFile(target, change(await readFile(target, 'utf8')));
		},
		write: (file: string, source: string) => writeFile(path.join(dir, file), source),
		cleanup: () => rm(dir, { recursive: true, force: true }),
	};
}
