import { readFile } from 'node:fs/promises';
import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sansFamily } from '../../../src/images/fonts/font-families.ts';
import { loadFontLibrary } from '../../../src/images/fonts/load-font-library.ts';
import { collectTextRuns } from '../../../src/images/fonts/text-runs.ts';
import { dropNoOpImageMasks } from '../../../src/images/render/render-png.ts';
import { imageTemplates } from '../../../src/images/templates/image-templates.ts';
import type { ImageTemplate } from '../../../src/images/templates/image-template.ts';
import { sampleJobs } from './sample-jobs.ts';

describe('dropNoOpImageMasks', () => {
	it('drops a mask that is exactly the image’s box, and keeps any other', () => {
		const svg =
			'<mask id="a"><rect x="10" y="20" width="60" height="60" fill="#fff"/></mask><image x="10" y="20" width="60" height="60" href="data:x" mask="url(#a)"/>' +
			'<mask id="b"><rect x="0" y="0" width="30" height="30" fill="#fff"/></mask><image x="10" y="20" width="60" height="60" href="data:y" mask="url(#b)"/>';
		expect(dropNoOpImageMasks(svg)).toBe(
			'<mask id="a"><rect x="10" y="20" width="60" height="60" fill="#fff"/></mask><image x="10" y="20" width="60" height="60" href="data:x"/>' +
				'<mask id="b"><rect x="0" y="0" width="30" height="30" fill="#fff"/></mask><image x="10" y="20" width="60" height="60" href="data:y" mask="url(#b)"/>',
		);
	});

	it('changes no pixel of any template, and leaves no image masked on the cards with icons', async () => {
		const library = await loadFontLibrary();
		for (const job of sampleJobs()) {
			const template = imageTemplates[job.template] as ImageTemplate<unknown>;
			const tree = template.render(job.data, library.measure);
			const faces = library.facesFor(collectTextRuns(tree, sansFamily, 400));
			const fonts = await Promise.all(faces.map(async (face) => ({ name: face.name, weight: face.weight, data: await readFile(face.file), style: 'normal' as const })));
			const svg = await satori(tree as never, { width: template.width, height: template.height, fonts });
			const lean = dropNoOpImageMasks(svg);
			expect(lean.match(/<image[^>]* mask=/g) ?? [], job.path).toEqual([]);
			const [before, after] = await Promise.all([sharp(Buffer.from(svg)).raw().toBuffer(), sharp(Buffer.from(lean)).raw().toBuffer()]);
			expect(after.equals(before), job.path).toBe(true);
		}
	});
});
