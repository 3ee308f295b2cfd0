import { awardCard } from './award-card.ts';
import { credentialBadge } from './credential-badge.ts';
import { credentialCard } from './credential-card.ts';
import { defaultCard } from './default-card.ts';
import type { ImageTemplate } from './image-template.ts';
import { portfolioCard } from './portfolio-card.ts';
import { stackBadge } from './stack-badge.ts';
import { stackCard } from './stack-card.ts';

/** Every design, by the name image jobs use. */
export const imageTemplates = {
	'credential-badge': credentialBadge,
	'stack-badge': stackBadge,
	'credential-card': credentialCard,
	'stack-card': stackCard,
	'portfolio-card': portfolioCard,
	'award-card': awardCard,
	'default-card': defaultCard,
} as const;

export type TemplateName = keyof typeof imageTemplates;

/** The data a template draws. */
export type TemplateData<Name extends TemplateName> = (typeof imageTemplates)[Name] extends ImageTemplate<infer Data> ? Data : never;
