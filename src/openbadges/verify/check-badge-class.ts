import { isJsonObject, toList } from '../json.ts';
import { fieldOf, type NodeAt } from './node-at.ts';
import type { Report } from './report.ts';
import { idOf, isIri, isText, show } from './values.ts';

/** Image types backpacks can display and bake. */
const BADGE_IMAGE = /(\.png|\.svg)([?#].*)?$|^data:image\/(png|svg\+xml)[;,]/i;

/** Required properties and types of a BadgeClass (its issuer is checked where it is resolved). */
export function checkBadgeClass(at: NodeAt, report: Report): void {
	const { node } = at;
	const error = (property: string, message: string): void => report.error(at.file, fieldOf(at, property), message);
	if (!isIri(node['id'])) error('id', `is ${show(node['id'])}; the BadgeClass needs an IRI id, normally the URL it is published at.`);
	if (!isText(node['name'])) error('name', `is ${show(node['name'])}; the BadgeClass needs a name.`);
	if (!isText(node['description'])) error('description', `is ${show(node['description'])}; the BadgeClass needs a description.`);
	checkCriteria(at, report);
	checkImage(at, report);
	toList(node['alignment']).forEach((alignment, index) => {
		const field = `alignment[${index}]`;
		if (!isJsonObject(alignment)) error(field, `is ${show(alignment)}; each alignment must be an AlignmentObject.`);
		else if (!isText(alignment['targetName']) || !isIri(alignment['targetUrl'])) {
			error(field, 'needs targetName (text) and targetUrl (an absolute URL) naming the framework standard it aligns to.');
		}
	});
	if (toList(node['tags']).some((tag) => typeof tag !== 'string')) error('tags', `is ${show(node['tags'])}; tags must be text.`);
}

function checkCriteria(at: NodeAt, report: Report): void {
	const criteria = at.node['criteria'];
	const field = fieldOf(at, 'criteria');
	if (criteria === undefined) {
		report.error(at.file, field, 'is missing; link the page that says how the badge is earned, or give a Criteria object with a narrative.');
	} else if (isJsonObject(criteria)) {
		if (criteria['id'] !== undefined && !isIri(criteria['id'])) report.error(at.file, `${field}.id`, `is ${show(criteria['id'])}; it must be an absolute URL.`);
		if (criteria['id'] === undefined && !isText(criteria['narrative'])) report.error(at.file, field, 'has neither an id nor a narrative; give at least one.');
	} else if (!isIri(criteria)) {
		report.error(at.file, field, `is ${show(criteria)}; it must be the URL of the criteria page or a Criteria object.`);
	}
}

function checkImage(at: NodeAt, report: Report): void {
	const image = idOf(at.node['image']);
	const field = fieldOf(at, 'image');
	if (image === undefined) {
		report.warn(at.file, field, 'is missing; OB 2.0 allows that, but backpacks then show a blank badge. Publish a PNG badge image and link it.');
	} else if (!isIri(image)) {
		report.error(at.file, field, `is ${show(image)}; it must be the absolute URL (or a data URI) of the badge image.`);
	} else if (!BADGE_IMAGE.test(image)) {
		report.warn(at.file, field, `is ${show(image)}, which does not look like a PNG or SVG; backpacks only display and bake those formats.`);
	}
}
