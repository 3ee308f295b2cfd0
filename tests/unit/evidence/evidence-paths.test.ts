import { evidenceFileName, evidenceFilePath, evidenceThumbnailPath, thumbnailFileName } from '../../../src/paths.ts';
import { describe, expect, it } from 'vitest';

describe('evidenceFileName', () => {
	it('keeps the name a file has in the export, without its folders', () => {
		expect(evidenceFileName('files/lesson-plan.pdf')).toBe('lesson-plan.pdf');
		expect(evidenceFileName('files/2024/spring/ev_12.v2.mp4')).toBe('ev_12.v2.mp4');
		expect(evidenceFileName('notes.txt')).toBe('notes.txt');
	});

	it('makes names safe in a URL and on every host, keeping letters of any script', () => {
		expect(evidenceFileName('files/Lesson plan #3 (final).PDF')).toBe('Lesson-plan-3-final.pdf');
		expect(evidenceFileName('files/课堂 记录.pdf')).toBe('课堂-记录.pdf');
		expect(evidenceFileName('files/Cafe\u0301.png')).toBe('Café.png');
	});

	it('never publishes a hidden file or a name without a stem', () => {
		expect(evidenceFileName('files/.htaccess')).toBe('htaccess');
		expect(evidenceFileName('files/..png')).toBe('file.png');
		expect(evidenceFileName('files/%%%.txt')).toBe('file.txt');
	});
});

describe('thumbnailFileName', () => {
	it('names a WebP thumbnail after the image, for png, jpg, jpeg and webp only', () => {
		expect(thumbnailFileName('files/anchor-chart.png')).toBe('thumb-anchor-chart.webp');
		expect(thumbnailFileName('files/Wall Photo.JPG')).toBe('thumb-Wall-Photo.webp');
		expect(thumbnailFileName('files/scan.jpeg')).toBe('thumb-scan.webp');
		expect(thumbnailFileName('files/poster.webp')).toBe('thumb-poster.webp');
		expect(thumbnailFileName('files/lesson-plan.pdf')).toBeUndefined();
		expect(thumbnailFileName('files/clip.mp4')).toBeUndefined();
	});
});

describe('evidence site paths', () => {
	it('put a file and its thumbnail in the files folder of the award', () => {
		expect(evidenceFilePath('wang-fang', 'aw-004', 'files/project-wall.png')).toBe('/educators/wang-fang/aw-004/files/project-wall.png');
		expect(evidenceThumbnailPath('wang-fang', 'aw-004', 'files/project-wall.png')).toBe('/educators/wang-fang/aw-004/files/thumb-project-wall.webp');
		expect(evidenceThumbnailPath('wang-fang', 'aw-004', 'files/transcript.txt')).toBeUndefined();
	});
});
