import type { TemplateData, TemplateName } from './templates/image-templates.ts';

/** One image to produce: which design, from what data, to which path under the output folder. */
export type ImageJob = {
	[Name in TemplateName]: {
		template: Name;
		data: TemplateData<Name>;
		/** Path from the site root, as the path helpers in `image-paths.ts` give it. */
		path: string;
	};
}[TemplateName];
