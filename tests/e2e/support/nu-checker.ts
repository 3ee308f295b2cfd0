import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { formatProblem, type Problem } from '../../../src/errors/format-issues.ts';

const runProcess = promisify(execFile);
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
	type: string;
	url?: string;
	message: string;
	lastLine?: number;
	firstColumn?: number;
	lastColumn?: number;
}

/**
 * Checks `files` with the Nu HTML Checker in one Java process (each start costs seconds) and
 * returns, per file, its errors as `file:line:column: message` lines; clean files map to `[]`.
 */
export async function checkHtmlFiles(files: readonly string[]): Promise<Map<string, string[]>> {
	const { messages } = JSON.parse(await runVnu(files)) as { messages: NuMessage[] };
	const errorsByFile = new Map(files.map((file) => [file, [] as string[]]));
	for (const message of messages) {
		const file = message.url ? fileURLToPath(message.url) : '';
		const errors = errorsByFile.get(file);
		if (!errors) throw new Error(`The Nu HTML Checker failed outside the checked pages: ${message.type}: ${message.message}`);
		errors.push(formatProblem(describeMessage(file, message)));
	}
	return errorsByFile;
}

async function runVnu(files: readonly string[]): Promise<string> {
	const args = ['-jar', vnuJar, '--format', 'json', '--errors-only', '--exit-zero-always', '--stdout', '--asciiquotes', ...files];
	try {
		return (await runProcess('java', args, { maxBuffer: 64 * 1024 * 1024 })).stdout;
	} catch (error) {
		const missingJava = (error as NodeJS.ErrnoException).code === 'ENOENT';
		const reason = missingJava ? 'java is not on PATH; install a Java 17+ runtime (apt-get install -y default-jre-headless)' : String(error);
		throw new Error(`Could not run the Nu HTML Checker ${vnuJar}: ${reason}.`);
	}
}

function describeMessage(file: string, message: NuMessage): Problem {
	const column = message.firstColumn ?? message.lastColumn;
	return {
		file: relative(process.cwd(), file),
		field: '',
		// Document-level failures (unreadable file, bad encoding) arrive with their own type.
		message: message.type === 'error' ? message.message : `${message.type}: ${message.message}`,
		...(message.lastLine === undefined ? {} : { row: message.lastLine }),
		...(column === undefined ? {} : { column }),
	};
}
