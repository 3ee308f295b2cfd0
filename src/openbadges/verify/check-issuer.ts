import { isJsonObject, toList } from '../json.ts';
import { fieldOf, type NodeAt } from './node-at.ts';
import type { Report } from './report.ts';
import { isEmail, isHttpUrl, isIri, isText, show } from './values.ts';

/** Required properties and types of an issuer Profile. */
export function checkIssuer(at: NodeAt, report: Report): void {
	const { node } = at;
	const error = (property: string, message: string): void => report.error(at.file, fieldOf(at, property), message);
	if (!isIri(node['id'])) error('id', `is ${show(node['id'])}; the issuer needs an IRI id, normally the URL its profile is published at.`);
	else if (!isHttpUrl(node['id'])) {
		report.warn(at.file, fieldOf(at, 'id'), `is ${show(node['id'])}, not an HTTP(S) URL; many backpacks can only fetch issuers hosted on the web. Publish the profile at an https URL and use that as its id.`);
	}
	if (!isText(node['name'])) error('name', `is ${show(node['name'])}; the issuer needs a name to show on the badge.`);
	if (!isIri(node['url'])) error('url', `is ${show(node['url'])}; give the issuer's home page as an absolute URL.`);
	if (node['email'] !== undefined && !isEmail(node['email'])) error('email', `is ${show(node['email'])}, which is not an email address.`);
	const policy = node['verification'];
	if (policy === undefined) return;
	if (!isJsonObject(policy)) {
		error('verification', `is ${show(policy)}; it must be a VerificationObject with allowedOrigins and/or startsWith.`);
		return;
	}
	for (const property of ['allowedOrigins', 'startsWith']) {
		if (toList(policy[property]).some((entry) => !isText(entry))) error(`verification.${property}`, `is ${show(policy[property])}; it must be text or a list of text.`);
	}
}
