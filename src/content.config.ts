import { defineCollection } from 'astro:content';
import { contentPath } from 'virtual:credfolio/content';
import { catalogLoader } from './loaders/catalog-loader.ts';
import { issuerSchema } from './schemas/issuer.ts';
import { focusAreaSchema } from './schemas/focus-area.ts';
import { credentialSchema } from './schemas/credential.ts';
import { stackSchema } from './schemas/stack.ts';
import { authoritySchema } from './schemas/authority.ts';

export const collections = {
	issuers: defineCollection({ loader: catalogLoader('issuers', contentPath), schema: issuerSchema }),
	focusAreas: defineCollection({ loader: catalogLoader('focusAreas', contentPath), schema: focusAreaSchema }),
	credentials: defineCollection({ loader: catalogLoader('credentials', contentPath), schema: credentialSchema }),
	stacks: defineCollection({ loader: catalogLoader('stacks', contentPath), schema: stackSchema }),
	authorities: defineCollection({ loader: catalogLoader('authorities', contentPath), schema: authoritySchema }),
};
