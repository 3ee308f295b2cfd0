import type { Problem } from '../../errors/format-issues.ts';
import { problemAt, usable } from '../record-origin.ts';
import type { RuleContext } from './rule-context.ts';

/** Each piece of evidence is either a link or a housed file, so the page knows what to show. */
export function checkEvidenceSources({ exported }: RuleContext): Problem[] {
	const problems: Problem[] = [];
	for (const row of exported.rows.evidence) {
		// A url or file that failed its own check is reported there; absent here is not "empty".
		if (!usable(row, 'url', 'file')) continue;
		const { data, origin } = row;
		if (data.url && data.file) {
			problems.push(problemAt(origin, 'file', 'and url are both given; keep one: url for a web link, or file for a file in the export folder'));
		} else if (!data.url && !data.file) {
			problems.push(problemAt(origin, 'url', 'and file are both empty; give url (a web address) or file (a path in the export folder, such as files/ev-12.pdf)'));
		}
	}
	return problems;
}
