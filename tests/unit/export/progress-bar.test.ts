import { describe, expect, it } from 'vitest';
import { createProgressBar } from '../../../src/export/progress-bar.ts';

function fakeTerminal(isTTY: boolean) {
	const written: string[] = [];
	return { stream: { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream, written };
}

describe('createProgressBar', () => {
	it('stays silent during the first second, then draws, then clears its line', () => {
		let time = 0;
		const { stream, written } = fakeTerminal(true);
		const bar = createProgressBar(stream, () => time);
		bar.onProgress({ stage: 'reading records', done: 10, total: 100 });
		expect(written).toEqual([]);
		time = 1500;
		bar.onProgress({ stage: 'reading records', done: 50, total: 100 });
		bar.finish();
		expect(written).toEqual([`\r[${'#'.repeat(15)}${'.'.repeat(15)}]  50% reading records\u001b[K`, '\r\u001b[K']);
	});

	it('never draws when the output is not a terminal', () => {
		let time = 0;
		const { stream, written } = fakeTerminal(false);
		const bar = createProgressBar(stream, () => time);
		time = 5000;
		bar.onProgress({ stage: 'checking files', done: 1, total: 2 });
		bar.finish();
		expect(written).toEqual([]);
	});
});
