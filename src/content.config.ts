import { defineCollection } from 'astro:content';
import { catalogLoader } from './loaders/catalog-loader.ts';
import { issuerSchema } from './schemas/issuer.ts';
import { focusAreaSchema } from './schemas/focus-area.ts';
import { credentialSchema } from './schemas/credential.ts';
import { stackSchema } from './schemas/stack.ts';
import { authoritySchema } from './schemas/authority.ts';

export const collections = {
	issuers: defineCollection({ loader: catalogLoader('issuers'), schema: issuerSchema }),
	focusAreas: defineCollection({ loader: catalogLoader('focusAreas'), schema: focusAreaSchema }),
	credentials: defineCollection({ loader: catalogLoader('credentials'), schema: credentialSchema }),
	stacks: defineCollection({ loader: catalogLoader('stacks'), schema: stackSchema }),
	authorities: defineCollection({ loader: catalogLoader('authorities'), schema: authoritySchema }),
};
