import { suggestIds } from '../../catalog/check-references.ts';
import type { Problem } from '../../errors/format-issues.ts';
import { problemAt } from '../record-origin.ts';
import type { RuleContext } from './rule-context.ts';

/** Every id an export record points at must exist, in the export or in the catalog. */
export function checkReferences({ exported, catalog }: RuleContext): Problem[] {
	const problems: Problem[] = [];
	const credentialIds = catalog.credentials.map((entry) => entry.id);
	const authorityIds = catalog.authorities.map((entry) => entry.id);
	for (const { data, origin } of exported.rows.educators) {
		const authority = data.licensing_authority;
		if (authority && !authorityIds.includes(authority)) {
			problems.push(
				problemAt(origin, 'licensing_authority', `is "${authority}", but the catalog has no licensing authority with that id; ${suggestIds(authority, authorityIds, 'authorities')}, or leave it empty`),
			);
		}
	}
	for (const { data, origin } of exported.rows.awards) {
		if (data.educator_id !== undefined && !exported.seenIds.educators.has(data.educator_id)) {
			problems.push(problemAt(origin, 'educator_id', `is "${data.educator_id}", but no educator has that id; add the educator to the export or correct the id`));
		}
		if (data.credential_id !== undefined && !credentialIds.includes(data.credential_id)) {
			problems.push(
				problemAt(origin, 'credential_id', `is "${data.credential_id}", but the catalog has no credential with that id; ${suggestIds(data.credential_id, credentialIds, 'credentials')}`),
			);
		}
	}
	for (const { data, origin } of exported.rows.evidence) {
		if (data.award_id !== undefined && !exported.seenIds.awards.has(data.award_id)) {
			problems.push(problemAt(origin, 'award_id', `is "${data.award_id}", but no award has that id; add the award to the export or correct the id`));
		}
	}
	return problems;
}
