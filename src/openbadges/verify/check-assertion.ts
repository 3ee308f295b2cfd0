import { parseDateTime } from '../date-time.ts';
import { isJsonObject, toList } from '../json.ts';
import { checkRecipient } from './check-recipient.ts';
import { fieldOf, type NodeAt } from './node-at.ts';
import type { Report } from './report.ts';
import { idOf, isDataUri, isHttpUrl, isIri, show } from './values.ts';

const HOSTED = new Set(['hosted', 'HostedBadge']);

/** Properties, types and dates of a hosted Assertion (its badge is checked where it is resolved). */
export function checkAssertion(at: NodeAt, now: Date, report: Report): void {
	const { node } = at;
	const error = (property: string, message: string): void => report.error(at.file, fieldOf(at, property), message);
	if (!isHttpUrl(node['id'])) error('id', `is ${show(node['id'])}; a hosted assertion's id must be the http(s) URL it is published at.`);
	checkRecipient(at, report);
	checkVerification(at, report);
	checkDates(at, now, report);
	const image = idOf(node['image']);
	if (isDataUri(image)) error('image', 'is a data URI; an assertion image must be the URL of the baked badge image, so it is not embedded in every copy of the assertion.');
	else if (image !== undefined && !isIri(image)) error('image', `is ${show(image)}; it must be the absolute URL of the baked badge image.`);
	toList(node['evidence']).forEach((evidence, index) => {
		const field = `evidence[${index}]`;
		if (isJsonObject(evidence)) {
			if (evidence['id'] !== undefined && !isIri(evidence['id'])) error(`${field}.id`, `is ${show(evidence['id'])}; it must be an absolute URL.`);
		} else if (!isIri(evidence)) {
			error(field, `is ${show(evidence)}; evidence must be a URL or an Evidence object.`);
		}
	});
}

function checkVerification(at: NodeAt, report: Report): void {
	const verification = at.node['verification'];
	const field = fieldOf(at, 'verification');
	const type = isJsonObject(verification) ? verification['type'] : undefined;
	if (typeof type === 'string' && HOSTED.has(type)) return;
	const signed = type === 'signed' || type === 'SignedBadge';
	report.error(at.file, field, signed
		? 'is signed; this verifier checks hosted assertions only. Verify signed (JWS) badges with a signature-checking validator.'
		: `is ${show(verification)}; a hosted assertion needs { "type": "hosted" }.`);
}

function checkDates(at: NodeAt, now: Date, report: Report): void {
	const error = (property: string, message: string): void => report.error(at.file, fieldOf(at, property), message);
	const issuedOn = parseDateTime(at.node['issuedOn']);
	if (issuedOn === undefined) {
		error('issuedOn', `is ${show(at.node['issuedOn'])}; it must be an ISO 8601 date-time such as 2024-05-01T00:00:00Z.`);
	} else if (issuedOn > now) {
		error('issuedOn', `is ${at.node['issuedOn']}, which is in the future; an assertion is only valid once issued. Check the award date.`);
	}
	if (at.node['expires'] === undefined) return;
	const expires = parseDateTime(at.node['expires']);
	if (expires === undefined) error('expires', `is ${show(at.node['expires'])}; it must be an ISO 8601 date-time.`);
	else if (issuedOn !== undefined && expires <= issuedOn) error('expires', `is ${at.node['expires']}, not after issuedOn ${at.node['issuedOn']}; the badge would never be valid. Fix one of the dates.`);
	else if (expires <= now) error('expires', `is ${at.node['expires']}; the badge has expired, so it no longer verifies. Renew it to issue a new assertion.`);
}
