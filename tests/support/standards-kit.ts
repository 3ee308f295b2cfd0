import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** Where the kit is looked for when STANDARDS_KIT is unset, relative to the project root. */
export const DEFAULT_STANDARDS_KIT = '../shared/standards';

/** The tag every test that reads the kit carries, so the reporter can count and police them. */
export const STANDARDS_KIT_TAG = 'standards-kit';

/**
 * The 1EdTech Open Badges standards kit (schemas, JSON-LD contexts, signing vectors, conformance
 * cases): read by path, never copied into the repository. `present` is false in a plain clone.
 */
export function locateStandardsKit(env: Record<string, string | undefined> = process.env) {
	const setting = env['STANDARDS_KIT']?.trim() || DEFAULT_STANDARDS_KIT;
	const dir = path.resolve(projectRoot, setting);
	// The files the conformance tests start from; a folder without them is not the kit.
	const present = ['ob2/context.json', 'conformance/ob20'].every((file) => existsSync(path.join(dir, file)));
	return { setting, dir, url: pathToFileURL(`${dir}/`), present };
}

export const standardsKit = locateStandardsKit();

/** Options for a suite or test that reads the kit: tagged, and skipped by name when the kit is absent (`describe.skipIf(kitAbsent)`). */
export const kitAbsent = !standardsKit.present;
export const needsKit = { tags: [STANDARDS_KIT_TAG] };

/** The one line a run prints when it skipped conformance tests for want of the kit. */
export function kitSkipLine(skipped: number, kit = standardsKit): string {
	return (
		// Tests generated from the kit's own cases cannot be listed without it, so they are not in the count.
		`${skipped} conformance test${skipped === 1 ? '' : 's'} skipped, and the kit's per-case tests not generated: the Open Badges standards kit is not at ${kit.dir}` +
		` (STANDARDS_KIT=${kit.setting}). It holds 1EdTech's schemas, contexts and conformance cases; see docs/testing.md for where to get it.`
	);
}
