import { isJsonObject } from '../json.ts';
import { fieldOf, type NodeAt } from './node-at.ts';
import type { Report } from './report.ts';
import { isText, show } from './values.ts';

const HASHED_IDENTITY = /^(sha256\$[0-9a-f]{64}|md5\$[0-9a-f]{32})$/i;
const IDENTITY_TYPES = new Set(['email', 'url', 'telephone', 'id']);

/** The recipient IdentityObject: who earned the badge, hashed so the file does not reveal it. */
export function checkRecipient(at: NodeAt, report: Report): void {
	const recipient = at.node['recipient'];
	const field = fieldOf(at, 'recipient');
	if (!isJsonObject(recipient)) {
		report.error(at.file, field, `is ${show(recipient)}; the assertion needs an IdentityObject with type, hashed and identity.`);
		return;
	}
	if (!isText(recipient['type'])) report.error(at.file, `${field}.type`, `is ${show(recipient['type'])}; name the identity kind, e.g. "email".`);
	else if (!IDENTITY_TYPES.has(recipient['type'])) {
		report.warn(at.file, `${field}.type`, `is "${recipient['type']}"; backpacks recognise only email, url, telephone and id, so they may not match the earner.`);
	}
	if (typeof recipient['hashed'] !== 'boolean') {
		report.error(at.file, `${field}.hashed`, `is ${show(recipient['hashed'])}; it must be true or false so backpacks know how to compare the identity.`);
	}
	if (recipient['salt'] !== undefined && typeof recipient['salt'] !== 'string') report.error(at.file, `${field}.salt`, `is ${show(recipient['salt'])}; it must be text.`);
	const identity = recipient['identity'];
	if (!isText(identity)) {
		report.error(at.file, `${field}.identity`, `is ${show(identity)}; it must be the identity or its hash.`);
	} else if (recipient['hashed'] === true && !HASHED_IDENTITY.test(identity)) {
		report.error(at.file, `${field}.identity`, `is ${show(identity)}, but a hashed identity must be "sha256$" and 64 hex digits (or "md5$" and 32); recompute it as sha256(identity + salt).`);
	}
}
