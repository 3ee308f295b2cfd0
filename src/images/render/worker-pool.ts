import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderTask } from './render-task.ts';

/** Renders tasks on worker threads, one task per worker at a time. */
export interface WorkerPool {
	render(task: RenderTask): Promise<Buffer>;
	close(): Promise<void>;
}

type Reply = { id: number; png: Uint8Array } | { id: number; error: string };

/** A pool of up to `size` render workers (default: one per core), started only as work arrives. */
export function createWorkerPool(size = availableParallelism()): WorkerPool {
	const workers: Worker[] = [];
	const idle: Worker[] = [];
	const queue: { id: number; task: RenderTask }[] = [];
	const pending = new Map<number, { resolve(png: Buffer): void; reject(error: Error): void }>();
	let nextId = 0;

	const dispatch = () => {
		while (queue.length > 0) {
			let worker = idle.pop();
			if (!worker && workers.length < size) worker = start();
			if (!worker) return;
			worker.postMessage(queue.shift());
		}
	};

	const start = () => {
		const worker = new Worker(new URL('./render-worker.ts', import.meta.url));
		worker.on('message', (reply: Reply) => {
			const waiting = pending.get(reply.id);
			pending.delete(reply.id);
			if ('error' in reply) waiting?.reject(new Error(`Rendering an image failed in a worker: ${reply.error}`));
			else waiting?.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
			idle.push(worker);
			dispatch();
		});
		worker.on('error', (error) => {
			for (const waiting of pending.values()) waiting.reject(error);
			pending.clear();
		});
		workers.push(worker);
		return worker;
	};

	return {
		render(task) {
			return new Promise((resolve, reject) => {
				const id = nextId++;
				pending.set(id, { resolve, reject });
				queue.push({ id, task });
				dispatch();
			});
		},
		async close() {
			await Promise.all(workers.map((worker) => worker.terminate()));
		},
	};
}
