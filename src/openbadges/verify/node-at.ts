import type { JsonObject } from '../json.ts';

/** A badge object and where it was found: the document URL and, for embedded objects, the property path. */
export interface NodeAt {
	node: JsonObject;
	file: string;
	field: string;
}

/** The dotted path of `property` inside the node, as problems name it. */
export function fieldOf(at: NodeAt, property: string): string {
	return at.field === '' ? property : `${at.field}.${property}`;
}
