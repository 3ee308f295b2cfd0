import { parse, YAMLParseError } from 'yaml';
import type { Problem } from '../errors/format-issues.ts';

const frontmatterPattern = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Reads the data of a YAML file or the front matter of an MDX file; problems say where the syntax broke. */
export function parseEntrySource(file: string, source: string): { data: unknown; body: string } | Problem {
	let yamlText = source;
	let body = '';
	if (file.endsWith('.mdx') || file.endsWith('.md')) {
		const match = frontmatterPattern.exec(source);
		if (!match) {
			return { file, field: '', message: 'has no front matter; start the file with a --- line, the fields, and another --- line' };
		}
		yamlText = match[1] ?? '';
		body = source.slice(match[0].length);
	}
	try {
		const data: unknown = parse(yamlText) ?? {};
		if (typeof data !== 'object' || Array.isArray(data)) {
			return { file, field: '', message: 'must hold fields (name: value), not a list or a single value' };
		}
		return { data, body };
	} catch (error) {
		if (error instanceof YAMLParseError) {
			const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [undefined, undefined];
			const offset = file.endsWith('.mdx') ? 1 : 0;
			return {
				file,
				field: '',
				message: `is not valid YAML${line ? ` at line ${line + offset}, column ${column}` : ''}: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}; check indentation and quote values that contain ": "`,
			};
		}
		throw error;
	}
}
