import type { Authority } from '../schemas/authority.ts';
import type { Credential } from '../schemas/credential.ts';
import type { FocusArea } from '../schemas/focus-area.ts';
import type { Issuer } from '../schemas/issuer.ts';
import type { Stack } from '../schemas/stack.ts';

/** A validated catalog entry: its id, the file it came from and its data. */
export interface CatalogEntry<T> {
	id: string;
	/** Path relative to the project root, e.g. `content/credentials/wait-time.mdx`. */
	filePath: string;
	data: T;
}

/** Everything authored in `content/`, validated. */
export interface Catalog {
	issuers: CatalogEntry<Issuer>[];
	focusAreas: CatalogEntry<FocusArea>[];
	credentials: CatalogEntry<Credential>[];
	stacks: CatalogEntry<Stack>[];
	authorities: CatalogEntry<Authority>[];
}
