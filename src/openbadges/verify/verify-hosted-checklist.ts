import type { Problem } from '../../errors/format-issues.ts';
import { isJsonObject } from '../json.ts';
import { check, type Check, type Checklist, errorText, toChecklist } from './checklist.ts';
import { checkRecipientEmail, ob2Identities } from './check-recipient-email.ts';
import type { FetchJson } from './verify-context.ts';
import { verifyHosted } from './verify-hosted.ts';
import { idOf } from './values.ts';

export interface HostedChecklistOptions {
	now?: Date;
	email?: string;
	knownIssuers?: ReadonlyMap<string, string>;
}

/**
 * The OB 2.0 hosted verification (`verifyHosted`, the rules of the 1EdTech validator) told as
 * the same checklist as an OB 3.0 credential, so the page reads alike for both. A hosted badge
 * has no signature: the issuer's site serving it is what vouches for it.
 */
export async function verifyHostedChecklist(url: string, fetchJson: FetchJson, options: HostedChecklistOptions = {}): Promise<Checklist> {
	const result = await verifyHosted(url, fetchJson, options.now === undefined ? {} : { now: options.now });
	const assertion = await fetchJson(url).catch(() => undefined);
	if (!isJsonObject(assertion)) {
		const reason = result.errors[0]?.message ?? 'it is not a JSON object';
		return toChecklist('ob2', [check('format', 'fail', `The badge at ${url} could not be loaded, so nothing could be checked. Check the address and your connection.`, reason)]);
	}
	const byField = (test: (problem: Problem) => boolean) => result.errors.filter(test);
	const lastField = (problem: Problem) => problem.field.split('.').at(-1) ?? '';
	const revoked = byField((problem) => problem.field === 'revoked' || /revocation list/.test(problem.message));
	const dates = byField((problem) => problem.file === url && ['issuedOn', 'expires'].includes(lastField(problem)));
	const scope = byField((problem) => problem.file === url && problem.field === 'id' && !revoked.includes(problem));
	const rest = result.errors.filter((problem) => !revoked.includes(problem) && !dates.includes(problem) && !scope.includes(problem));
	const describe = (problems: readonly Problem[]) => problems.map((problem) => `${problem.file} ${problem.field}: ${problem.message}`).join('; ');

	const checks: Check[] = [check('format', 'pass', 'This is an Open Badges 2.0 hosted badge: the issuer\'s site serves its assertion.')];
	checks.push(check('signature', 'skip', 'Open Badges 2.0 hosted badges are not signed. They are trusted because the issuer\'s own site serves them, which the next check confirms.'));
	checks.push(
		scope.length > 0
			? check('key', 'fail', 'The badge is not published where its issuer says its badges live, so the issuer does not vouch for it. Do not rely on it.', describe(scope))
			: check('key', 'pass', `The badge is published on its issuer's site (${new URL(url).host}), where the issuer says its badges live.`),
	);
	checks.push(await issuerKnown(assertion, fetchJson, options.knownIssuers));
	if (assertion['revoked'] === true || revoked.length > 0) {
		const reason = typeof assertion['revocationReason'] === 'string' ? ` Reason given: ${assertion['revocationReason']}` : '';
		checks.push(check('status', 'fail', `The issuer has revoked this badge: it no longer certifies anything.${reason}`, describe(revoked)));
		return toChecklist('ob2', checks, { subjectId: url });
	}
	checks.push(check('status', 'pass', 'The issuer has not revoked this badge.'));
	checks.push(
		dates.length > 0
			? check('dates', 'fail', /expired/.test(describe(dates)) ? 'The badge has expired: it shows what the holder earned then, but no longer certifies it.' : 'The badge\'s dates are wrong (issued in the future or expiring before it was issued), so it is not valid now.', describe(dates))
			: check('dates', 'pass', typeof assertion['expires'] === 'string' ? `Issued ${String(assertion['issuedOn']).slice(0, 10)}; valid until ${assertion['expires'].slice(0, 10)}.` : `Issued ${String(assertion['issuedOn']).slice(0, 10)}; it does not expire.`),
	);
	const rules = { title: 'Open Badges 2.0 rules' };
	if (rest.length > 0) checks.push({ ...check('schema', 'fail', 'The badge, its badge class or its issuer breaks the Open Badges 2.0 rules, so backpacks may reject it. Ask the issuer to correct it.', describe(rest)), ...rules });
	else if (result.warnings.length > 0) checks.push({ ...check('schema', 'warn', 'The badge follows the Open Badges 2.0 rules, with minor issues backpacks may stumble on.', describe(result.warnings)), ...rules });
	else checks.push({ ...check('schema', 'pass', 'The badge, its badge class and its issuer follow the Open Badges 2.0 rules.'), ...rules });
	checks.push(await checkRecipientEmail(ob2Identities(assertion), options.email));
	return toChecklist('ob2', checks, { subjectId: url });
}

async function issuerKnown(assertion: Record<string, unknown>, fetchJson: FetchJson, knownIssuers: ReadonlyMap<string, string> = new Map()): Promise<Check> {
	let issuerId: unknown;
	try {
		const badgeRef = assertion['badge'];
		const badge = isJsonObject(badgeRef) ? badgeRef : await fetchJson(String(idOf(badgeRef)));
		issuerId = isJsonObject(badge) ? idOf(badge['issuer']) : undefined;
	} catch (error) {
		return check('issuer', 'warn', 'The badge\'s issuer could not be looked up, so whether it is one of this site\'s issuers is unknown.', errorText(error));
	}
	if (typeof issuerId !== 'string') return check('issuer', 'fail', 'The badge does not name its issuer, so there is no one vouching for it.');
	const known = knownIssuers.get(issuerId);
	if (known !== undefined) return check('issuer', 'pass', `Issued by ${known}, an issuer whose badges this site publishes.`);
	return check('issuer', 'warn', 'The badge\'s issuer is not one of this site\'s issuers. The other checks still show whether the badge is genuine; whether to trust that issuer is up to you.', `Issuer ${issuerId}.`);
}
