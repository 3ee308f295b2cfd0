import { type ObUrls } from '../../paths.ts';
import { formatDateTime } from '../date-time.ts';
import { deriveSalt, hashIdentity } from '../recipient-hash.ts';
import type { AlignmentInput } from '../build-badge-class.ts';
import { ACHIEVEMENT_CREDENTIAL_SCHEMA, OB3_CONTEXTS, type OpenBadgeCredential, type Ob3Achievement, type Ob3Evidence, type Ob3Result } from './types.ts';

export interface RubricInput {
	/** Level names from lowest to highest. */
	levels: readonly string[];
	passingLevel: string;
}

export interface AchievementInput {
	/** The credential or stack page, relative to the site base: the achievement's id and criteria page. */
	page: string;
	name: string;
	description: string;
	criteriaNarrative: string;
	/** Badge image path or URL. */
	image: string;
	/** Contact hours the achievement is worth. */
	creditsAvailable?: number;
	alignments?: readonly AlignmentInput[];
	tags?: readonly string[];
	rubric?: RubricInput;
	/** Version of the requirements. */
	version?: string;
}

export type Ob3EvidenceInput =
	| { visibility: 'public'; url?: string; name: string; genre: string; description?: string }
	/** Withheld evidence is named by its type only, as the award page does. */
	| { visibility: 'withheld'; genre: string }
	| { visibility: 'reflection'; narrative: string };

export interface Ob3CredentialInput {
	/** The award id, or a completed stack's key (`stackAssertionKey`): names the credential file and keys the recipient salt. */
	key: string;
	/** The credential's own URL (`Ob3Urls.credential`). */
	id: string;
	/** The issuer Profile URL (`Ob3Urls.issuer`). */
	issuer: string;
	name: string;
	validFrom: Date;
	validUntil?: Date;
	/** Preferred recipient identity, hashed with the OB 2.0 salt rules; never published as is. */
	email?: string;
	/** The portfolio page, used as the subject `id` when there is no email. */
	portfolioUrl?: string;
	achievement: AchievementInput;
	/** Contact hours this award earned (the award's override, else the credential's). */
	creditsEarned?: number;
	/** The rubric level the reviewer gave; one of `achievement.rubric.levels`. */
	achievedLevel?: string;
	evidence: readonly Ob3EvidenceInput[];
	/** Where the credential's revocation bit lives. */
	status: { listUrl: string; index: number };
}

/**
 * The unsigned OpenBadgeCredential of an award or completed stack. Every term is one the VC 2.0
 * and OB 3.0.3 contexts define: signing runs JSON-LD in safe mode, which rejects any other.
 */
export function buildOb3Credential(input: Ob3CredentialInput, urls: ObUrls, saltSecret: string): OpenBadgeCredential {
	const achievement = buildAchievement(input.achievement, urls);
	const result = buildResult(input, achievement);
	const evidence = input.evidence.map((item) => toEvidence(item, urls));
	return {
		'@context': [...OB3_CONTEXTS],
		id: input.id,
		type: ['VerifiableCredential', 'OpenBadgeCredential'],
		issuer: input.issuer,
		validFrom: formatDateTime(input.validFrom),
		...(input.validUntil === undefined ? {} : { validUntil: formatDateTime(input.validUntil) }),
		name: input.name,
		credentialSubject: {
			type: ['AchievementSubject'],
			...buildSubjectIdentity(input, urls, saltSecret),
			...(input.creditsEarned === undefined ? {} : { creditsEarned: input.creditsEarned }),
			achievement,
			...(result === undefined ? {} : { result: [result] }),
		},
		...(evidence.length === 0 ? {} : { evidence }),
		credentialSchema: [{ ...ACHIEVEMENT_CREDENTIAL_SCHEMA }],
		credentialStatus: {
			id: `${input.status.listUrl}#${input.status.index}`,
			type: 'BitstringStatusListEntry',
			statusPurpose: 'revocation',
			statusListIndex: String(input.status.index),
			statusListCredential: input.status.listUrl,
		},
	};
}

function buildSubjectIdentity(input: Ob3CredentialInput, urls: ObUrls, saltSecret: string): Pick<OpenBadgeCredential['credentialSubject'], 'id' | 'identifier'> {
	if (input.email !== undefined) {
		// The OB 2.0 assertion's salt and normalisation, so one email checks against both files of an award.
		const salt = deriveSalt(saltSecret, input.key);
		return { identifier: [{ type: 'IdentityObject', identityHash: hashIdentity(input.email.trim().toLowerCase(), salt), identityType: 'emailAddress', hashed: true, salt }] };
	}
	if (input.portfolioUrl !== undefined) return { id: urls.page(input.portfolioUrl) };
	throw new Error(`Award "${input.key}" has neither an educator email nor a portfolio URL, so its Open Badges 3.0 credential would have no subject. Add an email to the educator's file or give them a public portfolio.`);
}

function buildAchievement(input: AchievementInput, urls: ObUrls): Ob3Achievement {
	const id = urls.page(input.page);
	const alignment = (input.alignments ?? []).map((item) => ({
		type: ['Alignment'],
		targetName: item.name,
		targetUrl: item.url,
		targetFramework: item.framework,
		...(item.code === undefined ? {} : { targetCode: item.code }),
		...(item.description === undefined ? {} : { targetDescription: item.description }),
	}));
	return {
		id,
		type: ['Achievement'],
		achievementType: 'MicroCredential',
		name: input.name,
		description: input.description,
		criteria: { id, narrative: input.criteriaNarrative },
		image: { id: urls.page(input.image), type: 'Image', caption: `Badge of ${input.name}` },
		...(input.creditsAvailable === undefined ? {} : { creditsAvailable: input.creditsAvailable }),
		...(alignment.length === 0 ? {} : { alignment }),
		...(input.tags === undefined || input.tags.length === 0 ? {} : { tag: [...input.tags] }),
		...(input.rubric === undefined ? {} : { resultDescription: [buildResultDescription(id, input.rubric)] }),
		...(input.version === undefined ? {} : { version: input.version }),
	};
}

/** Level ids are fragments of the achievement's page, numbered from the lowest level, so a result can name one. */
const levelId = (achievementId: string, position: number): string => `${achievementId}#rubric-level-${position + 1}`;
const rubricId = (achievementId: string): string => `${achievementId}#rubric`;

/** The rubric as one ResultDescription: its levels, lowest first, and the passing level. */
function buildResultDescription(achievementId: string, rubric: RubricInput): NonNullable<Ob3Achievement['resultDescription']>[number] {
	const passing = rubric.levels.indexOf(rubric.passingLevel);
	return {
		id: rubricId(achievementId),
		type: ['ResultDescription'],
		name: 'Rubric level awarded by the reviewer',
		resultType: 'RubricCriterionLevel',
		allowedValue: [...rubric.levels],
		...(passing === -1 ? {} : { requiredLevel: levelId(achievementId, passing) }),
		// Levels only: every criterion's descriptors would more than double each credential, and the criteria page shows the rubric.
		rubricCriterionLevel: rubric.levels.map((level, position) => ({ id: levelId(achievementId, position), type: ['RubricCriterionLevel'], name: level, level })),
	};
}

function buildResult(input: Ob3CredentialInput, achievement: Ob3Achievement): Ob3Result | undefined {
	const rubric = input.achievement.rubric;
	if (input.achievedLevel === undefined || rubric === undefined) return undefined;
	const position = rubric.levels.indexOf(input.achievedLevel);
	if (position === -1) {
		throw new Error(`Award "${input.key}" has rubric level "${input.achievedLevel}", which is not one of the levels of "${input.achievement.name}" (${rubric.levels.join(', ')}); correct the award's rubric_level in the export.`);
	}
	return { type: ['Result'], resultDescription: rubricId(achievement.id), achievedLevel: levelId(achievement.id, position), value: input.achievedLevel };
}

function toEvidence(item: Ob3EvidenceInput, urls: ObUrls): Ob3Evidence {
	switch (item.visibility) {
		case 'public':
			return { ...(item.url === undefined ? {} : { id: urls.page(item.url) }), type: ['Evidence'], name: item.name, genre: item.genre, ...(item.description === undefined ? {} : { description: item.description }) };
		case 'withheld':
			return { type: ['Evidence'], genre: item.genre, narrative: 'Withheld by the educator.' };
		case 'reflection':
			return { type: ['Evidence'], genre: 'Reflection', narrative: item.narrative };
	}
}
