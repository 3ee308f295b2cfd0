import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import pMap from 'p-map';
import type { Problem } from '../../errors/format-issues.ts';
import type { Evidence } from '../../schemas/export-evidence.ts';
import { bytesPerMegabyte, type EvidenceFileRules } from '../../settings/settings.ts';
import { describeMismatch, signatureLength } from '../file-signatures.ts';
import type { ProgressListener } from '../progress.ts';
import { problemAt, type RowToCheck } from '../record-origin.ts';
import type { RuleContext } from './rule-context.ts';

/** Files checked at once: enough to hide disk latency, few enough to stay under open-file limits. */
const concurrency = 32;

function megabytes(bytes: number): string {
	return `${(bytes / bytesPerMegabyte).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** True when a path written in the export could only resolve outside the export folder. */
function leavesFolder(file: string): boolean {
	const normalized = path.posix.normalize(file);
	return file.includes('\\') || path.posix.isAbsolute(file) || /^[a-z]:/i.test(file) || normalized === '..' || normalized.startsWith('../');
}

async function readHead(file: string): Promise<Uint8Array> {
	const handle = await open(file, 'r');
	try {
		const head = new Uint8Array(signatureLength);
		const { bytesRead } = await handle.read(head, 0, signatureLength, 0);
		return head.subarray(0, bytesRead);
	} finally {
		await handle.close();
	}
}

/** Everything wrong with one path, as message endings after `file is "<path>", `. */
async function checkPath(file: string, folder: string, realFolder: string, rules: EvidenceFileRules): Promise<string[]> {
	if (leavesFolder(file)) {
		return ['which points outside the export folder; keep evidence files inside it and write the path from there with forward slashes, such as files/ev-12.pdf'];
	}
	const messages: string[] = [];
	const extension = path.posix.extname(file).slice(1).toLowerCase();
	const allowed = rules.allowedTypes.includes(extension);
	if (!allowed) {
		const kind = extension ? `a .${extension} file` : 'a file without an extension';
		messages.push(`${kind}, which is not allowed; convert it to one of ${rules.allowedTypes.join(', ')}, or link to it with url instead`);
	}
	const absolute = path.join(folder, file);
	const info = await stat(absolute).catch(() => undefined);
	if (!info) return [...messages, 'but there is no such file in the export folder; add the file, or correct the path (it is relative to the export folder)'];
	if (!(await realpath(absolute)).startsWith(realFolder + path.sep)) {
		return [...messages, 'which links to a file outside the export folder; copy the file itself into the export folder'];
	}
	if (!info.isFile()) return [...messages, 'which is a folder, not a file; point at a file inside it'];
	if (info.size > rules.maxBytes) {
		messages.push(`${megabytes(info.size)}, over the ${megabytes(rules.maxBytes)} limit per file; make the file smaller, or link to it with url instead`);
	}
	const claimed = allowed ? describeMismatch(extension, await readHead(absolute)) : undefined;
	if (claimed) messages.push(`but its content is not in ${claimed} format; export the file again, or give it the extension of its real type`);
	return messages;
}

/**
 * Housed evidence files must exist inside the export folder, be of an allowed type and within the
 * size limit. Each distinct path is checked once, however many evidence rows share it.
 */
export async function checkEvidenceFiles({ exported }: RuleContext, rules: EvidenceFileRules, onProgress?: ProgressListener): Promise<Problem[]> {
	const byPath = new Map<string, RowToCheck<Evidence>[]>();
	for (const record of exported.rows.evidence) {
		const file = record.data.file;
		if (!file) continue;
		const records = byPath.get(file) ?? [];
		byPath.set(file, records);
		records.push(record);
	}
	const paths = [...byPath.keys()];
	const realFolder = await realpath(exported.folder);
	let done = 0;
	const results = await pMap(
		paths,
		async (file) => {
			const result = await checkPath(file, exported.folder, realFolder, rules);
			done += 1;
			if (done % concurrency === 0 || done === paths.length) onProgress?.({ stage: 'checking files', done, total: paths.length });
			return result;
		},
		{ concurrency },
	);
	const messages = new Map(paths.map((file, index) => [file, results[index]!]));
	return [...byPath].flatMap(([file, records]) =>
		records.flatMap((record) => (messages.get(file) ?? []).map((message) => problemAt(record.origin, 'file', `is "${file}", ${message}`))),
	);
}
