import { checkAssertion } from './check-assertion.ts';
import { checkBadgeClass } from './check-badge-class.ts';
import { checkTypes } from './check-document.ts';
import { checkExtensions } from './check-extensions.ts';
import { checkHostedScope } from './check-hosted-scope.ts';
import { checkIssuer } from './check-issuer.ts';
import { checkRevocationList } from './check-revocation-list.ts';
import type { NodeAt } from './node-at.ts';
import { createReport, type VerificationResult } from './report.ts';
import { fetchDocument, resolveReference } from './resolve-node.ts';
import type { FetchJson, VerifyContext } from './verify-context.ts';

export interface VerifyOptions {
	/** The moment to judge issue and expiry dates against; injected so results are reproducible. */
	now?: Date;
}

const ISSUER_TYPES = ['Issuer', 'Profile'];

/**
 * Verifies the OB 2.0 object hosted at `url` the way a backpack would: an Assertion with its
 * BadgeClass and issuer (the usual case), or a BadgeClass with its issuer, or an issuer Profile.
 */
export async function verifyHosted(url: string, fetchJson: FetchJson, options: VerifyOptions = {}): Promise<VerificationResult> {
	const context: VerifyContext = { fetchJson, report: createReport(), now: options.now ?? new Date() };
	const root = await fetchDocument(url, { file: url, field: '' }, context);
	if (root !== undefined) await verifyNode(root, context);
	return context.report.result();
}

async function verifyNode(at: NodeAt, context: VerifyContext): Promise<void> {
	if (at.node['revoked'] === true) {
		const reason = typeof at.node['revocationReason'] === 'string' ? `: ${at.node['revocationReason']}` : '';
		context.report.error(at.file, 'revoked', `is true; the issuer revoked this badge${reason}.`);
		return;
	}
	const types = checkTypes(at, context.report);
	if (types.includes('Assertion')) await verifyAssertion(at, context);
	else if (types.includes('BadgeClass')) await verifyBadgeClass(at, context);
	else {
		checkExtensions(at, context.report);
		if (types.some((type) => ISSUER_TYPES.includes(type))) checkIssuer(at, context.report);
	}
}

async function verifyAssertion(assertion: NodeAt, context: VerifyContext): Promise<void> {
	checkAssertion(assertion, context.now, context.report);
	checkExtensions(assertion, context.report);
	const badge = await resolveReference(assertion, 'badge', ['BadgeClass'], context);
	if (badge === undefined) return;
	const issuer = await verifyBadgeClass(badge, context);
	if (issuer === undefined) return;
	checkHostedScope(assertion, issuer, context.report);
	await checkRevocationList(assertion, issuer, context);
}

async function verifyBadgeClass(badge: NodeAt, context: VerifyContext): Promise<NodeAt | undefined> {
	checkBadgeClass(badge, context.report);
	checkExtensions(badge, context.report);
	const issuer = await resolveReference(badge, 'issuer', ISSUER_TYPES, context);
	if (issuer === undefined) return undefined;
	checkIssuer(issuer, context.report);
	checkExtensions(issuer, context.report);
	return issuer;
}

