import { isJsonObject, toList } from '../json.ts';
import { fieldOf, type NodeAt } from './node-at.ts';
import type { Report } from './report.ts';
import { isHttpUrl } from './values.ts';

/**
 * Hosted verification trusts an assertion only if it lives where its issuer says its assertions
 * live: the issuer's `verification.allowedOrigins` (by default the host of the issuer's id) and,
 * when given, one of its `verification.startsWith` prefixes. Otherwise anyone could host a
 * "verified" assertion naming any issuer.
 */
export function checkHostedScope(assertion: NodeAt, issuer: NodeAt, report: Report): void {
	const assertionId = assertion.node['id'];
	if (!isHttpUrl(assertionId)) return;
	const policy = isJsonObject(issuer.node['verification']) ? issuer.node['verification'] : {};
	const where = fieldOf(assertion, 'id');
	if (policy['verificationProperty'] !== undefined && policy['verificationProperty'] !== 'id') {
		report.error(issuer.file, fieldOf(issuer, 'verification.verificationProperty'), `is ${JSON.stringify(policy['verificationProperty'])}; OB 2.0 hosted verification supports only "id".`);
	}
	const origins = allowedOrigins(policy['allowedOrigins'], issuer.node['id']);
	const host = new URL(assertionId).host;
	if (origins === undefined) {
		report.warn(assertion.file, where, 'cannot be checked against the issuer\'s origin: the issuer\'s id is not an http(s) URL and it lists no verification.allowedOrigins.');
	} else if (!origins.includes(host)) {
		report.error(assertion.file, where, `is on ${host}, but the issuer ${String(issuer.node['id'])} only vouches for assertions on ${origins.join(', ')}; publish the assertion on the issuer's site or list the host in the issuer's verification.allowedOrigins.`);
	}
	const prefixes = toList(policy['startsWith']).filter((prefix): prefix is string => typeof prefix === 'string');
	if (prefixes.length > 0 && !prefixes.some((prefix) => assertionId.startsWith(prefix))) {
		report.error(assertion.file, where, `does not start with any of the issuer's verification.startsWith prefixes (${prefixes.join(', ')}); publish the assertion under one of them.`);
	}
}

function allowedOrigins(declared: unknown, issuerId: unknown): string[] | undefined {
	const listed = toList(declared).filter((origin): origin is string => typeof origin === 'string');
	if (listed.length > 0) return listed;
	return isHttpUrl(issuerId) ? [new URL(issuerId).host] : undefined;
}
