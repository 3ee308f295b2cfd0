import type { z } from 'astro/zod';
import { authoritySchema } from '../schemas/authority.ts';
import { credentialSchema } from '../schemas/credential.ts';
import { focusAreaSchema } from '../schemas/focus-area.ts';
import { issuerSchema } from '../schemas/issuer.ts';
import { stackSchema } from '../schemas/stack.ts';

/** Where each catalog collection lives under the content folder, and the schema of its entries. */
export const catalogCollections = {
	issuers: { folder: 'issuers', pattern: '*.yaml', schema: issuerSchema, label: 'issuer' },
	focusAreas: { folder: 'focus-areas', pattern: '*.yaml', schema: focusAreaSchema, label: 'focus area' },
	credentials: { folder: 'credentials', pattern: '*.mdx', schema: credentialSchema, label: 'credential' },
	stacks: { folder: 'stacks', pattern: '*.yaml', schema: stackSchema, label: 'stack' },
	authorities: { folder: 'authorities', pattern: '*.yaml', schema: authoritySchema, label: 'licensing authority' },
} as const satisfies Record<string, { folder: string; pattern: string; schema: z.ZodType; label: string }>;

export type CollectionName = keyof typeof catalogCollections;

/** The entry id: an explicit `slug` in the data wins, else the file name without its extension. */
export function toEntryId(fileName: string, data: unknown): string {
	const slug = data && typeof data === 'object' ? (data as { slug?: unknown }).slug : undefined;
	if (typeof slug === 'string' && slug) return slug;
	const base = fileName.split('/').pop() ?? fileName;
	return base.replace(/\.[^.]+$/, '');
}
