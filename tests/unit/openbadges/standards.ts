import { readFile } from 'node:fs/promises';
import type { FetchJson } from '../../../src/openbadges/verify/verify-context.ts';
import { standardsKit } from '../../support/standards-kit.ts';

/** The read-only Open Badges standards kit (STANDARDS_KIT); tests reading it skip when it is absent. */
export const standardsDir = standardsKit.url;

export const ob20Dir = new URL('conformance/ob20/', standardsDir);

export function readStandard(path: string): Promise<Buffer> {
	return readFile(new URL(path, standardsDir));
}

/** Some kit files annotate JSON with `//` comments; a comment starts after whitespace or punctuation, never after `:` as in `https://`. */
export function parseAnnotatedJson(text: string): unknown {
	return JSON.parse(text.replace(/(^|[\s,{[])\/\/[^\n]*/g, '$1'));
}

/**
 * Serves the conformance suite offline, as the validator's own tests do: `served` answers first
 * (a case under test, at its id), then http(s)://(www.)example.org/<name> maps to assets/<name>.
 */
export function conformanceFetch(served: ReadonlyMap<string, unknown> = new Map()): FetchJson {
	return async (url) => {
		if (served.has(url)) return structuredClone(served.get(url));
		const match = /^https?:\/\/(?:www\.)?example\.org\/([^/?#]+)$/.exec(url);
		if (match === null) throw new Error(`no offline copy of ${url}`);
		try {
			return parseAnnotatedJson(await readFile(new URL(`assets/${match[1]}`, ob20Dir), 'utf8'));
		} catch {
			throw new Error(`404 Not Found: ${url}`);
		}
	};
}
