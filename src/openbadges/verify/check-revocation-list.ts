import { isJsonObject, toList } from '../json.ts';
import { fieldOf, type NodeAt } from './node-at.ts';
import type { VerifyContext } from './verify-context.ts';
import { describeCause, idOf, isIri } from './values.ts';

/** An issuer may publish a RevocationList instead of (or as well as) replacing revoked assertions. */
export async function checkRevocationList(assertion: NodeAt, issuer: NodeAt, context: VerifyContext): Promise<void> {
	const listUrl = issuer.node['revocationList'];
	if (listUrl === undefined) return;
	const field = fieldOf(issuer, 'revocationList');
	if (!isIri(listUrl)) {
		context.report.error(issuer.file, field, `is ${JSON.stringify(listUrl)}; it must be the URL of the issuer's RevocationList.`);
		return;
	}
	let list: unknown;
	try {
		list = await context.fetchJson(listUrl);
	} catch (cause) {
		context.report.warn(issuer.file, field, `could not be fetched from ${listUrl} (${describeCause(cause)}), so whether the assertion was revoked is unknown.`);
		return;
	}
	const entries = isJsonObject(list) ? toList(list['revokedAssertions']) : [];
	const revoked = entries.find((entry) => idOf(entry) === assertion.node['id']);
	if (revoked === undefined) return;
	const reason = isJsonObject(revoked) && typeof revoked['revocationReason'] === 'string' ? `: ${revoked['revocationReason']}` : '';
	context.report.error(assertion.file, fieldOf(assertion, 'id'), `is listed in the issuer's revocation list ${listUrl}; the badge was revoked${reason}.`);
}
