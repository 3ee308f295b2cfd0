import type { Problem } from '../../errors/format-issues.ts';
import { problemAt } from '../record-origin.ts';
import type { RuleContext } from './rule-context.ts';

/** An award's level must be a level of its credential's rubric, and a passing one: a badge is a pass. */
export function checkRubricLevels({ exported, catalog }: RuleContext): Problem[] {
	const rubrics = new Map(catalog.credentials.map((entry) => [entry.id, entry.data.rubric]));
	const problems: Problem[] = [];
	for (const { data, origin } of exported.rows.awards) {
		if (data.credential_id === undefined || data.rubric_level === undefined) continue;
		const rubric = rubrics.get(data.credential_id);
		if (!rubric) continue;
		const level = rubric.levels.indexOf(data.rubric_level);
		const passing = rubric.levels.indexOf(rubric.passingLevel);
		const passingLevels = rubric.levels.slice(passing).join(', ');
		if (level === -1) {
			problems.push(
				problemAt(origin, 'rubric_level', `is "${data.rubric_level}", which is not a level of the ${data.credential_id} rubric; use one of: ${rubric.levels.join(', ')}`),
			);
		} else if (level < passing) {
			problems.push(
				problemAt(
					origin,
					'rubric_level',
					`is "${data.rubric_level}", below the passing level "${rubric.passingLevel}" of ${data.credential_id}, so no badge was earned; use one of: ${passingLevels}, or remove the award`,
				),
			);
		}
	}
	return problems;
}
