import { isJsonObject, toList } from '../json.ts';
import { fieldOf, type NodeAt } from './node-at.ts';
import type { Report } from './report.ts';

/**
 * An OB 2.0 extension is a node typed `Extension` that brings its own `@context`: that context
 * defines its properties and links the schema that validates them. Without it, the properties
 * are undefined terms and the extension cannot be validated.
 */
export function checkExtensions(at: NodeAt, report: Report): void {
	for (const [property, value] of Object.entries(at.node)) {
		const extension = isJsonObject(value) && toList(value['type']).includes('Extension');
		if (!extension) continue;
		const contexts = toList(value['@context']);
		if (contexts.length === 0 || !contexts.every((context) => typeof context === 'string' && context !== '')) {
			report.error(at.file, fieldOf(at, property), 'is an Extension without its own "@context"; give the extension node the URL of the extension\'s context so its properties can be validated.');
		}
	}
}
