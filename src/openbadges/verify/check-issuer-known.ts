import { isJsonObject } from '../json.ts';
import { check, type Check } from './checklist.ts';
import { idOf } from './values.ts';

/** Whether the credential's issuer is one this site publishes for; a stranger is not a failure, only worth a look. */
export function checkIssuerKnown(credential: Record<string, unknown>, knownIssuers: ReadonlyMap<string, string> = new Map()): Check {
	const issuer = credential['issuer'];
	const id = idOf(issuer);
	const name = isJsonObject(issuer) && typeof issuer['name'] === 'string' ? issuer['name'] : undefined;
	if (typeof id !== 'string') return check('issuer', 'fail', 'The credential does not name its issuer, so there is no one vouching for it.');
	const known = knownIssuers.get(id);
	if (known !== undefined) return check('issuer', 'pass', `Issued by ${known}, an issuer whose credentials this site publishes.`);
	return check(
		'issuer',
		'warn',
		`Issued by ${name ?? id}, which is not an issuer of this site. The other checks still show whether the credential is genuine and unchanged; whether to trust that issuer is up to you.`,
		`Issuer id ${id}.`,
	);
}
