import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import type { RenderTask } from './render-task.ts';
import { renderPng } from './render-png.ts';

// One Buffer per file for the worker's lifetime: satori caches parsed fonts by buffer identity.
const fontBytes = new Map<string, Promise<Buffer>>();

function readFont(file: string): Promise<Buffer> {
	let bytes = fontBytes.get(file);
	if (!bytes) fontBytes.set(file, (bytes = readFile(file)));
	return bytes;
}

parentPort!.on('message', async ({ id, task }: { id: number; task: RenderTask }) => {
	try {
		const fonts = await Promise.all(task.fonts.map(async ({ name, weight, file }) => ({ name, weight, data: await readFont(file) })));
		// A copy owns its memory outright, so it can be moved to the main thread instead of cloned.
		const png = new Uint8Array(await renderPng(task.tree, task.width, task.height, fonts));
		parentPort!.postMessage({ id, png }, [png.buffer]);
	} catch (error) {
		parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
