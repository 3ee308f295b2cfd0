import type { Catalog, CatalogEntry } from '../../catalog/catalog.ts';
import { addYears } from '../../model/calendar-day.ts';
import { slugify } from '../../model/slugify.ts';
import type { AwardInput } from '../../schemas/export-award.ts';
import type { EducatorInput, EducatorVisibility } from '../../schemas/export-educator.ts';
import type { EvidenceInput } from '../../schemas/export-evidence.ts';
import { evidenceTypes, type Credential, type EvidenceType } from '../../schemas/credential.ts';
import { demoFiles } from './demo-files.ts';
import {
	bios,
	districts,
	familyNames,
	givenNames,
	nativeScriptNames,
	reflectionSentences,
	reviewerNames,
	revocationReasons,
	roles,
} from './demo-people.ts';
import type { SeededRandom } from './seeded-random.ts';

/** One educator with everything they earned, generated together so the export can be streamed. */
export interface DemoBatch {
	educator: EducatorInput;
	awards: AwardInput[];
	evidence: EvidenceInput[];
}

/** Day of the demo's "today": fixed, so the same seed gives the same bytes on any day. */
export interface DemoClock {
	asOf: string;
}

const dayMs = 86_400_000;

function shiftDays(day: string, days: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

function randomDay(random: SeededRandom, from: string, to: string): string {
	const span = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / dayMs));
	return shiftDays(from, random.int(0, span));
}

function pickVisibility(random: SeededRandom): EducatorVisibility | undefined {
	const roll = random.next();
	if (roll < 0.6) return 'public';
	if (roll < 0.8) return 'unlisted';
	// Some rows leave visibility empty, so the site's configured default decides.
	return roll < 0.95 ? 'private' : undefined;
}

function pickName(random: SeededRandom): string {
	return random.chance(0.12) ? random.pick(nativeScriptNames) : `${random.pick(givenNames)} ${random.pick(familyNames)}`;
}

/** Credentials to award: sometimes a whole stack first, so some educators complete stacks. */
function pickCredentials(random: SeededRandom, catalog: Catalog): CatalogEntry<Credential>[] {
	const byId = new Map(catalog.credentials.map((entry) => [entry.id, entry]));
	const wanted = new Set<string>();
	if (catalog.stacks.length > 0 && random.chance(0.3)) {
		const stack = random.pick(catalog.stacks).data;
		const needed = stack.completion.rule === 'all' ? stack.credentials.length : stack.completion.required;
		for (const id of random.sample(stack.credentials, needed)) wanted.add(id);
	}
	const count = Math.min(catalog.credentials.length, Math.max(wanted.size, random.int(1, 15)));
	for (const entry of random.sample(catalog.credentials, catalog.credentials.length)) {
		if (wanted.size >= count) break;
		wanted.add(entry.id);
	}
	return [...wanted].flatMap((id) => byId.get(id) ?? []);
}

function makeAward(random: SeededRandom, credential: CatalogEntry<Credential>, educatorId: string, awardId: string, clock: DemoClock): AwardInput {
	const published = credential.data.published.toISOString().slice(0, 10);
	const awardedOn = randomDay(random, published > shiftDays(clock.asOf, -6 * 365) ? published : shiftDays(clock.asOf, -6 * 365), clock.asOf);
	const { levels, passingLevel } = credential.data.rubric;
	const revoked = random.chance(0.04);
	const sentences = random.sample(reflectionSentences, random.int(1, 3));
	return {
		award_id: awardId,
		educator_id: educatorId,
		credential_id: credential.id,
		awarded_on: awardedOn,
		...(random.chance(0.3) ? { expires_on: addYears(awardedOn, random.int(1, 3)) } : {}),
		rubric_level: random.pick(levels.slice(levels.indexOf(passingLevel))),
		...(random.chance(0.85) ? { reviewer: random.pick(reviewerNames) } : {}),
		...(random.chance(0.65) ? { reflection: sentences.join(random.chance(0.2) ? '\n\n' : ' ') } : {}),
		...(random.chance(0.06) ? { contact_hours: Math.round(credential.data.contactHours / 2) } : {}),
		revoked,
		...(revoked ? { revocation_reason: random.pick(revocationReasons) } : {}),
	};
}

const typeTitles: Record<EvidenceType, string> = {
	'lesson-plan': 'Lesson plan',
	'student-work': 'Student work samples',
	video: 'Classroom video',
	audio: 'Discussion audio',
	transcript: 'Discussion transcript',
	image: 'Classroom photo',
	'educator-reflection': 'Written reflection',
	'student-reflection': 'Student reflections',
	observation: 'Peer observation notes',
	other: 'Supporting document',
};

function evidenceLink(type: EvidenceType, evidenceId: string): string {
	if (type === 'video') return `https://video.example.org/watch/${evidenceId}`;
	if (type === 'audio') return `https://audio.example.org/${evidenceId}.mp3`;
	return `https://evidence.example.org/items/${evidenceId}`;
}

function makeEvidence(random: SeededRandom, credential: CatalogEntry<Credential>, awardId: string, nextId: () => string): EvidenceInput[] {
	const required = credential.data.evidence;
	const count = random.int(1, 4);
	return Array.from({ length: count }, (_, index) => {
		const requirement = required[index];
		const type = requirement?.type ?? random.pick(evidenceTypes);
		const evidenceId = nextId();
		const housed = type in demoFiles && random.chance(0.35) ? demoFiles[type as keyof typeof demoFiles].file : undefined;
		return {
			evidence_id: evidenceId,
			award_id: awardId,
			type,
			title: requirement?.title ?? typeTitles[type],
			...(housed ? { file: housed } : { url: evidenceLink(type, evidenceId) }),
			...(random.chance(0.6) ? { description: requirement?.instructions ?? `${typeTitles[type]} submitted with the application.` } : {}),
			visibility: random.chance(0.12) ? 'withheld' : 'public',
		};
	});
}

/** Generates `count` fictional educators one at a time, each with 1-15 awards and 1-4 evidence items per award. */
export function* generateDemoRecords(random: SeededRandom, catalog: Catalog, count: number, clock: DemoClock): Generator<DemoBatch> {
	let awardCount = 0;
	let evidenceCount = 0;
	const nextEvidenceId = () => `ev-${String(++evidenceCount).padStart(7, '0')}`;
	for (let index = 0; index < count; index++) {
		const name = pickName(random);
		const stem = slugify(name) || 'educator';
		const district = random.pick(districts);
		const visibility = pickVisibility(random);
		// Opaque like a platform's ids, and unique because the index is part of it.
		const educatorId = `usr_${index.toString(36).padStart(4, '0')}${random.int(0, 36 ** 6 - 1).toString(36).padStart(6, '0')}`;
		const educator: EducatorInput = {
			educator_id: educatorId,
			name,
			...(random.chance(0.85) ? { email: `${stem.replaceAll('-', '.')}.${index + 1}@${random.pick(['example.org', 'example.com'])}` } : {}),
			role: random.pick(roles),
			school: random.pick(district.schools),
			district: district.name,
			licensing_authority: district.authority,
			...(random.chance(0.9) ? { license_cycle_start: randomDay(random, shiftDays(clock.asOf, -8 * 365), shiftDays(clock.asOf, -30)) } : {}),
			...(visibility ? { visibility } : {}),
			...(random.chance(0.04) ? { portfolio_slug: `${stem}-teaches-${index + 1}` } : {}),
			...(random.chance(0.7) ? { bio: random.pick(bios) } : {}),
		};
		const awards: AwardInput[] = [];
		const evidence: EvidenceInput[] = [];
		for (const credential of pickCredentials(random, catalog)) {
			const awardId = `aw-${String(++awardCount).padStart(6, '0')}`;
			awards.push(makeAward(random, credential, educatorId, awardId, clock));
			evidence.push(...makeEvidence(random, credential, awardId, nextEvidenceId));
		}
		yield { educator, awards, evidence };
	}
}

