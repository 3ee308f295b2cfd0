import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { formatCsvRecord } from '../csv/format-csv.ts';

/** Where generated records go, one at a time, honouring back-pressure so memory stays flat. */
export interface RecordSink {
	write(record: Record<string, unknown>): Promise<void>;
	close(): Promise<void>;
}

async function writeText(stream: WriteStream, text: string): Promise<void> {
	if (!stream.write(text)) await once(stream, 'drain');
}

function toCell(value: unknown): string {
	return value === undefined ? '' : String(value);
}

/** Writes records as CSV rows under a header of `columns`. */
export function createCsvSink(file: string, columns: readonly string[]): RecordSink {
	const stream = createWriteStream(file);
	stream.write(formatCsvRecord(columns));
	return {
		async write(record) {
			await writeText(stream, formatCsvRecord(columns.map((column) => toCell(record[column]))));
		},
		async close() {
			stream.end();
			await finished(stream);
		},
	};
}

/**
 * Writes the three lists of a JSON export. Records arrive interleaved (an educator, then their
 * awards), so each list is spooled to its own part file and the parts are joined at the end.
 */
export function createJsonSinks(file: string, lists: readonly string[]): { sinks: RecordSink[]; close: () => Promise<void> } {
	const parts = lists.map((name) => ({ name, path: `${file}.${name}.part`, count: 0 }));
	const streams = parts.map((part) => createWriteStream(part.path));
	const sinks = parts.map((part, index) => ({
		async write(record: Record<string, unknown>) {
			await writeText(streams[index]!, `${part.count++ === 0 ? '' : ',\n'}    ${JSON.stringify(record)}`);
		},
		async close() {
			streams[index]!.end();
			await finished(streams[index]!);
		},
	}));
	const close = async () => {
		await Promise.all(sinks.map((sink) => sink.close()));
		const out = createWriteStream(file);
		await writeText(out, '{\n');
		for (const [index, part] of parts.entries()) {
			await writeText(out, `  ${JSON.stringify(part.name)}: [\n`);
			for await (const chunk of createReadStream(part.path)) {
				if (!out.write(chunk)) await once(out, 'drain');
			}
			await writeText(out, `\n  ]${index < parts.length - 1 ? ',' : ''}\n`);
			await rm(part.path);
		}
		out.end('}\n');
		await finished(out);
	};
	return { sinks, close };
}
