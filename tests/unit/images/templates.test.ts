import { describe, expect, it } from 'vitest';
import { loadFontLibrary } from '../../../src/images/fonts/load-font-library.ts';
import type { ImageTemplate } from '../../../src/images/templates/image-template.ts';
import { imageTemplates } from '../../../src/images/templates/image-templates.ts';
import { sampleJobs } from './sample-jobs.ts';

describe('image templates', () => {
	it('cover every template with a sample', () => {
		expect(new Set(sampleJobs().map((job) => job.template))).toEqual(new Set(Object.keys(imageTemplates)));
	});

	it.each(sampleJobs().map((job) => [job.template, job] as const))('%s is pure: the same data gives a deep-equal tree and the data is left as it was', async (_, job) => {
		const { measure } = await loadFontLibrary();
		const template = imageTemplates[job.template] as ImageTemplate<unknown>;
		const before = structuredClone(job.data);
		const first = template.render(job.data, measure);
		const second = template.render(structuredClone(job.data), measure);
		expect(second).toEqual(first);
		expect(job.data).toEqual(before);
		expect(JSON.parse(JSON.stringify(first))).toEqual(first);
	});

	it('draws different trees for different data', async () => {
		const { measure } = await loadFontLibrary();
		const [badge] = sampleJobs();
		const template = imageTemplates['credential-badge'];
		if (badge?.template !== 'credential-badge') throw new Error('the first sample job should be a credential badge');
		expect(template.render({ ...badge.data, title: 'Exit Tickets' }, measure)).not.toEqual(template.render(badge.data, measure));
	});
});
