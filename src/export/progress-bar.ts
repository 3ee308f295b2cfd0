import type { Progress, ProgressListener } from './progress.ts';

const width = 30;
/** Short runs finish before a bar would help, and flashing one only adds noise. */
const delayMs = 1000;
const frameMs = 100;

/** A progress listener drawing a one-line bar on a terminal, once the work has taken over a second; `finish` clears it. */
export function createProgressBar(stream: NodeJS.WriteStream, clock: () => number = Date.now): { onProgress: ProgressListener; finish: () => void } {
	const started = clock();
	let lastDrawn = 0;
	let drawn = false;
	const draw = ({ stage, done, total }: Progress) => {
		const fraction = total > 0 ? Math.min(1, done / total) : 1;
		const filled = Math.round(fraction * width);
		stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}% ${stage}\u001b[K`);
		drawn = true;
	};
	return {
		onProgress(progress) {
			const now = clock();
			if (!stream.isTTY || now - started < delayMs || now - lastDrawn < frameMs) return;
			lastDrawn = now;
			draw(progress);
		},
		finish() {
			if (drawn) stream.write('\r\u001b[K');
		},
	};
}
