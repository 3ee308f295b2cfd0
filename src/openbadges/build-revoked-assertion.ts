import { type ObUrls } from '../paths.ts';
import { OB_V2_CONTEXT } from './context.ts';
import type { RevokedAssertion } from './types.ts';

export interface RevocationInput {
	awardId: string;
	reason: string;
}

/** Replaces the assertion at the same id, so backpacks that re-check it learn of the revocation. */
export function buildRevokedAssertion(input: RevocationInput, urls: ObUrls): RevokedAssertion {
	return {
		'@context': OB_V2_CONTEXT,
		id: urls.assertion(input.awardId),
		type: 'Assertion',
		revoked: true,
		revocationReason: input.reason,
	};
}
