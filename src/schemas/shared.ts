import { z } from 'astro/zod';

/** A lower-case, hyphenated identifier that is safe in a URL path segment. */
export const slugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens, like "wait-time"');

/** An absolute http(s) URL; other schemes (javascript:, data:) are refused. */
export const httpUrlSchema = z
	.url({ error: 'must be an absolute URL such as https://example.org/page' })
	.refine((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://');

/** A six-digit hex colour such as #1f6feb. */
export const hexColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a six-digit hex colour like #1f6feb');

/** Plain text on one line, trimmed, never empty. */
export const lineSchema = z.string().trim().min(1, 'must not be empty');

/** A reference to another catalog entry by its id (the file name without extension). */
export const referenceSchema = slugSchema;
