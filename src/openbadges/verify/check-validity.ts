import { parseDateTime } from '../date-time.ts';
import { check, type Check } from './checklist.ts';

/** VC 2.0 names the period validFrom/validUntil; VC 1.1 credentials say issuanceDate/expirationDate. */
export function checkValidity(credential: Record<string, unknown>, now: Date): Check {
	const fromField = credential['validFrom'] !== undefined ? 'validFrom' : 'issuanceDate';
	const untilField = credential['validUntil'] !== undefined ? 'validUntil' : 'expirationDate';
	const from = credential[fromField] === undefined ? undefined : parseDateTime(credential[fromField]);
	const until = credential[untilField] === undefined ? undefined : parseDateTime(credential[untilField]);
	if (credential[fromField] !== undefined && from === undefined) {
		return check('dates', 'fail', 'The date the credential starts to be valid is not a date, so its validity cannot be judged. Ask the issuer to correct it.', `${fromField} is ${JSON.stringify(credential[fromField])}.`);
	}
	if (credential[untilField] !== undefined && until === undefined) {
		return check('dates', 'fail', 'The credential\'s expiry date is not a date, so whether it has expired cannot be judged. Ask the issuer to correct it.', `${untilField} is ${JSON.stringify(credential[untilField])}.`);
	}
	if (from !== undefined && from > now) {
		return check('dates', 'fail', `The credential is not valid yet: it becomes valid on ${day(from)}. Until then it does not certify anything.`, `${fromField} ${String(credential[fromField])} is after ${now.toISOString()}.`);
	}
	if (until !== undefined && until <= now) {
		return check('dates', 'fail', `The credential expired on ${day(until)}. It shows what the holder earned then, but it no longer certifies it; the holder may need to renew it.`, `${untilField} ${String(credential[untilField])} is before ${now.toISOString()}.`);
	}
	const since = from === undefined ? 'It names no start date' : `It has been valid since ${day(from)}`;
	return check('dates', 'pass', `${since} and ${until === undefined ? 'does not expire' : `stays valid until ${day(until)}`}.`);
}

function day(date: Date): string {
	return date.toISOString().slice(0, 10);
}
