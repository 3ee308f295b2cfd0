import { createObUrls } from '../../../src/paths.ts';
import { buildAssertion } from '../../../src/openbadges/build-assertion.ts';
import { buildBadgeClass } from '../../../src/openbadges/build-badge-class.ts';
import { buildIssuerProfile } from '../../../src/openbadges/build-issuer.ts';
import { buildRevokedAssertion } from '../../../src/openbadges/build-revoked-assertion.ts';
import type { FetchJson } from '../../../src/openbadges/verify/verify-context.ts';

export const urls = createObUrls({ site: 'https://badges.example.edu', base: '/credfolio/' });
export const secret = 'test-secret-not-for-production-0123';

/** A small site as the build would publish it: one issuer, a credential and a stack badge, three awards. */
export function buildSite() {
	const issuer = buildIssuerProfile(
		{ slug: 'riverside', name: 'Riverside Teaching Institute', url: 'https://riverside.example.edu', email: 'badges@riverside.example.edu', description: 'Professional learning for K-12 educators.', logo: '/issuers/riverside.svg' },
		urls,
	);
	const badge = buildBadgeClass(
		{
			kind: 'credential',
			slug: 'questioning-for-thinking',
			issuerSlug: 'riverside',
			name: 'Questioning for Thinking',
			description: 'Plans and asks questions that push students to reason.',
			criteriaPage: '/credentials/questioning-for-thinking/',
			criteriaNarrative: 'Every rubric criterion scored at Proficient or above by an expert reviewer.',
			alignments: [{ framework: 'InTASC Model Core Teaching Standards', name: 'Instructional Strategies', url: 'https://ccsso.org/intasc', code: '8(i)' }],
			tags: ['Formative Assessment'],
		},
		urls,
	);
	const stackBadge = buildBadgeClass(
		{ kind: 'stack', slug: 'formative-practitioner', issuerSlug: 'riverside', name: 'Formative Assessment Practitioner', description: 'Completed the formative assessment stack.', criteriaPage: '/stacks/formative-practitioner/', criteriaNarrative: 'Earn all credentials in the stack.' },
		urls,
	);
	const assertion = buildAssertion(
		{
			awardId: 'a-2024-0001',
			badge: badge.id,
			email: 'Maria.Lopez@District.example.org',
			issuedOn: new Date('2024-03-15T00:00:00Z'),
			expires: new Date('2029-03-15T00:00:00Z'),
			evidence: [{ url: '/portfolios/maria-lopez/questioning/lesson-plan/', name: 'Lesson plan', genre: 'Lesson plan' }],
			reflection: 'I now plan hinge questions before every lesson.',
			image: '/badges/baked/a-2024-0001.png',
		},
		urls,
		secret,
	);
	const stackAssertion = buildAssertion(
		{ awardId: 's-2024-0001', badge: stackBadge.id, portfolioUrl: '/portfolios/maria-lopez/', issuedOn: new Date('2024-06-01T00:00:00Z') },
		urls,
		secret,
	);
	const revoked = buildRevokedAssertion({ awardId: 'a-2023-0042', reason: 'Evidence was found not to be the educator\'s own work.' }, urls);
	return { issuer, badge, stackBadge, assertion, stackAssertion, revoked };
}

/** Serves documents at their ids, as the static host would; anything else is a 404. */
export function serve(...documents: ReadonlyArray<{ id: string }>): FetchJson {
	const byId = new Map(documents.map((document) => [document.id, document]));
	return async (url) => {
		const document = byId.get(url);
		if (document === undefined) throw new Error(`404 Not Found: ${url}`);
		return structuredClone(document);
	};
}
