/** The questions the verifier answers, in the order the page lists them. */
export const CHECK_IDS = ['format', 'signature', 'key', 'issuer', 'status', 'dates', 'schema', 'recipient'] as const;

export type CheckId = (typeof CHECK_IDS)[number];

/**
 * `pass` and `fail` are answers; `warn` means the check ran but could not give a full yes (the
 * reader should look at the detail); `skip` means it did not apply or lacked input, e.g. no email typed.
 */
export type CheckOutcome = 'pass' | 'fail' | 'warn' | 'skip';

/** One line of the checklist, written for the person holding the credential, not for a developer. */
export interface Check {
	id: CheckId;
	/** The question, e.g. "Signature valid". */
	title: string;
	outcome: CheckOutcome;
	/** One or two plain sentences: the answer and, on failure, what it means for the reader. */
	summary: string;
	/** The technical reason (library error, field name), for the issuer's IT person. */
	detail?: string;
}

/** What was verified and what the verifier found. */
export interface Checklist {
	/** Which standard the input turned out to be. */
	kind: 'ob3' | 'ob2' | 'unknown';
	/** The credential's or assertion's id, when it has one. */
	subjectId?: string;
	/** The credential's name, to show what was checked. */
	name?: string;
	checks: Check[];
	/** `fail` when any check failed; `warn` when none failed but some could not answer yes. */
	verdict: 'pass' | 'warn' | 'fail';
}

export function check(id: CheckId, outcome: CheckOutcome, summary: string, detail?: string): Check {
	return detail === undefined ? { id, title: CHECK_TITLES[id], outcome, summary } : { id, title: CHECK_TITLES[id], outcome, summary, detail };
}

export const CHECK_TITLES: Record<CheckId, string> = {
	format: 'Readable credential',
	signature: 'Signature valid',
	key: 'Key belongs to the issuer',
	issuer: 'Issuer known to this site',
	status: 'Not revoked',
	dates: 'Not expired and already valid',
	schema: '1EdTech schema (required fields)',
	recipient: 'Recipient matches the email you typed',
};

/** Orders the checks as CHECK_IDS does and works out the verdict. */
export function toChecklist(kind: Checklist['kind'], checks: readonly Check[], about: { subjectId?: string | undefined; name?: string | undefined } = {}): Checklist {
	const sorted = [...checks].sort((a, b) => CHECK_IDS.indexOf(a.id) - CHECK_IDS.indexOf(b.id));
	const list: Checklist = { kind, checks: sorted, verdict: worstVerdict(sorted.map((item) => item.outcome)) };
	if (about.subjectId !== undefined) list.subjectId = about.subjectId;
	if (about.name !== undefined) list.name = about.name;
	return list;
}

/** `fail` when any answer failed, else `warn` when any could not give a full yes, else `pass`: for one checklist, or a presentation's many. */
export function worstVerdict(answers: readonly (CheckOutcome | Checklist['verdict'])[]): Checklist['verdict'] {
	return answers.includes('fail') ? 'fail' : answers.includes('warn') ? 'warn' : 'pass';
}

/** The message of whatever a library threw, for `detail`. */
export function errorText(error: unknown): string {
	if (error instanceof Error) {
		const cause = error.cause instanceof Error && !error.message.includes(error.cause.message) ? ` (${error.cause.message})` : '';
		return `${error.message}${cause}`;
	}
	return String(error);
}
