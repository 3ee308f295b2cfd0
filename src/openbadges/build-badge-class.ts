import { type ObUrls } from '../paths.ts';
import { OB_V2_CONTEXT } from './context.ts';
import type { AlignmentObject, BadgeClass } from './types.ts';

export interface AlignmentInput {
	framework: string;
	name: string;
	url: string;
	// Catalog alignments are parsed by zod, which types an omitted code as undefined.
	code?: string | undefined;
	description?: string;
}

export interface BadgeClassInput {
	/** A credential's badge or a completed stack's badge; they live at different URLs. */
	kind: 'credential' | 'stack';
	slug: string;
	issuerSlug: string;
	name: string;
	description: string;
	/** The credential or stack page, relative to the site base. */
	criteriaPage: string;
	/** What earning the badge takes, e.g. the rubric's passing level in words. */
	criteriaNarrative: string;
	alignments?: readonly AlignmentInput[];
	tags?: readonly string[];
}

export function buildBadgeClass(input: BadgeClassInput, urls: ObUrls): BadgeClass {
	const stack = input.kind === 'stack';
	const alignment = (input.alignments ?? []).map(toAlignmentObject);
	return {
		'@context': OB_V2_CONTEXT,
		type: 'BadgeClass',
		id: stack ? urls.stackBadge(input.slug) : urls.badge(input.slug),
		name: input.name,
		description: input.description,
		image: stack ? urls.stackBadgeImage(input.slug) : urls.badgeImage(input.slug),
		criteria: { type: 'Criteria', id: urls.page(input.criteriaPage), narrative: input.criteriaNarrative },
		issuer: urls.issuer(input.issuerSlug),
		...(alignment.length === 0 ? {} : { alignment }),
		...(input.tags === undefined || input.tags.length === 0 ? {} : { tags: [...input.tags] }),
	};
}

function toAlignmentObject(alignment: AlignmentInput): AlignmentObject {
	return {
		type: 'AlignmentObject',
		targetName: alignment.name,
		targetUrl: alignment.url,
		targetFramework: alignment.framework,
		...(alignment.code === undefined ? {} : { targetCode: alignment.code }),
		...(alignment.description === undefined ? {} : { targetDescription: alignment.description }),
	};
}
