import { z } from 'astro/zod';
import { httpUrlSchema, lineSchema } from './shared.ts';

export const issuerSchema = z.strictObject({
	/** Organisation name as it appears on badges. */
	name: lineSchema,
	/** Public home page of the issuer. */
	url: httpUrlSchema,
	/** Contact address published in the issuer profile. */
	email: z.email({ error: 'must be an email address such as badges@example.org' }),
	/** One or two sentences about the issuer. */
	description: lineSchema,
	/** Logo image path under `public/` (e.g. `/issuers/acme.svg`); shown on the issuer page and used as the image of its Open Badges issuer profile. */
	logo: z.string().startsWith('/', 'must be a path under public/, starting with "/"').optional(),
	/** Where educators submit evidence; `{credential}` is replaced by the credential slug. */
	submissionUrl: httpUrlSchema.refine((value) => value.includes('{credential}'), 'must contain the placeholder {credential}'),
});

export type Issuer = z.infer<typeof issuerSchema>;
