import { OB_NAMESPACE, OB_V2_CLASS_TERMS, OB_V2_CONTEXT_URLS } from '../context.ts';
import { isJsonObject, type JsonObject, toList } from '../json.ts';
import { fieldOf, type NodeAt } from './node-at.ts';
import type { Report } from './report.ts';
import { show } from './values.ts';

/** A hosted document must name the OB 2.0 context (or carry a copy of it), or its terms mean nothing. */
export function checkContext(document: JsonObject, file: string, report: Report): void {
	const contexts = toList(document['@context']);
	const named = contexts.some((context) => typeof context === 'string' && OB_V2_CONTEXT_URLS.includes(context));
	const inline = contexts.some((context) => isJsonObject(context) && context['obi'] === OB_NAMESPACE);
	if (!named && !inline) {
		report.error(file, '@context', `is ${show(document['@context'])}, which is not the Open Badges 2.0 context; set it to "https://w3id.org/openbadges/v2".`);
	}
}

/** The node's types, after reporting any the OB 2.0 context cannot resolve to a class IRI. */
export function checkTypes(at: NodeAt, report: Report): string[] {
	const types = toList(at.node['type']);
	const field = fieldOf(at, 'type');
	if (types.length === 0) {
		report.error(at.file, field, 'is missing or empty; every Open Badges object needs a type such as "Assertion", "BadgeClass" or "Issuer".');
		return [];
	}
	for (const type of types) {
		if (typeof type !== 'string') {
			report.error(at.file, field, `holds ${show(type)}; each type must be text naming a class.`);
		} else if (!type.includes(':') && !OB_V2_CLASS_TERMS.has(type)) {
			report.error(at.file, field, `has "${type}", which is not a class of the Open Badges 2.0 context; use a defined class (e.g. "Assertion") or a full IRI for an extension class.`);
		}
	}
	return types.filter((type): type is string => typeof type === 'string');
}

/** Reports when a node that a property points to is not of the class the property requires. */
export function expectType(at: NodeAt, expected: readonly string[], role: string, report: Report): boolean {
	const types = checkTypes(at, report);
	if (types.some((type) => expected.includes(type))) return true;
	report.error(at.file, fieldOf(at, 'type'), `is ${show(at.node['type'])}, but ${role} must have type ${expected.map((type) => `"${type}"`).join(' or ')}.`);
	return false;
}
