import { worstVerdict, type Check, type Checklist } from '../openbadges/verify/checklist.ts';
import type { BadgeInput } from '../openbadges/verify/read-badge-input.ts';

/**
 * The verifier (JSON-LD, canonicalisation, Ed25519, status lists: most of the page's JavaScript)
 * is a separate chunk, requested as soon as the page runs but not waited for, so the form is
 * usable at once on a slow phone connection.
 */
type Verifier = typeof import('./verifier.ts');
let verifier: Promise<Verifier> | undefined;
const loadVerifier = (): Promise<Verifier> => (verifier ??= import('./verifier.ts'));

const OUTCOME_LABELS: Record<Check['outcome'], { label: string; mark: string }> = {
	pass: { label: 'Passed', mark: '✓' },
	fail: { label: 'Failed', mark: '✗' },
	warn: { label: 'Needs a look', mark: '!' },
	skip: { label: 'Not checked', mark: '–' },
};

/**
 * Wires the /verify/ page: pasted text, a chosen or dropped file, or `?url=` (award pages link
 * here pre-filled) go through the shared verifier; the checklist (one per credential for a
 * presentation) is rendered from a template and announced. The only requests are the verifier's own fetches (credential, issuer profile,
 * status list).
 */
export function startVerifyPage(): void {
	const form = document.querySelector<HTMLFormElement>('#verify-form');
	const text = document.querySelector<HTMLTextAreaElement>('#verify-text');
	const file = document.querySelector<HTMLInputElement>('#verify-file');
	const email = document.querySelector<HTMLInputElement>('#verify-email');
	if (!form || !text || !file || !email) return;
	void loadVerifier().catch(() => undefined);
	// WebCrypto (signatures, email hashes) exists only in secure contexts: https:// and localhost.
	if (!window.isSecureContext || globalThis.crypto?.subtle === undefined) document.querySelector('#verify-insecure')?.removeAttribute('hidden');
	const knownIssuers = new Map(JSON.parse(form.dataset['knownIssuers'] ?? '[]') as Array<[string, string]>);
	let running = false;

	const run = async (read: () => Promise<BadgeInput>): Promise<void> => {
		if (running) return;
		running = true;
		const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
		if (button) button.disabled = true;
		form.setAttribute('aria-busy', 'true');
		announce('Checking the credential…');
		try {
			const { verifyBadges } = await loadVerifier();
			const input = await read();
			const started = performance.now();
			const lists = await verifyBadges(input, { fetchJson: createFetchJson(), email: email.value, knownIssuers });
			render(lists, input.source, performance.now() - started);
		} catch (error) {
			announce(`The check could not run: ${error instanceof Error ? error.message : String(error)}`);
		} finally {
			running = false;
			if (button) button.disabled = false;
			form.removeAttribute('aria-busy');
		}
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const chosen = file.files?.[0];
		if (text.value.trim() === '' && chosen !== undefined) void run(() => readFile(chosen));
		else void run(async () => (await loadVerifier()).readBadgeText(text.value));
	});
	file.addEventListener('change', () => {
		const chosen = file.files?.[0];
		if (chosen === undefined) return;
		text.value = '';
		void run(() => readFile(chosen));
	});
	form.addEventListener('dragover', (event) => {
		event.preventDefault();
		form.classList.add('dragging');
	});
	form.addEventListener('dragleave', () => form.classList.remove('dragging'));
	form.addEventListener('drop', (event) => {
		event.preventDefault();
		form.classList.remove('dragging');
		const dropped = event.dataTransfer?.files[0];
		if (dropped === undefined) return;
		text.value = '';
		void run(() => readFile(dropped));
	});

	const url = new URLSearchParams(location.search).get('url');
	if (url !== null && url.trim() !== '') {
		text.value = url;
		void run(async () => (await loadVerifier()).readBadgeText(url, 'the address in this page\'s link'));
	}
}

async function readFile(file: File): Promise<BadgeInput> {
	const { readBadgeFile } = await loadVerifier();
	return readBadgeFile(new Uint8Array(await file.arrayBuffer()), file.name);
}

/** Fetches JSON without cookies; one verification asks for the same profile more than once, so answers are kept for the run. */
function createFetchJson(): (url: string) => Promise<unknown> {
	const cache = new Map<string, Promise<unknown>>();
	return (url) => {
		let pending = cache.get(url);
		if (pending === undefined) {
			pending = fetch(url, { credentials: 'omit', headers: { Accept: 'application/ld+json, application/json' } }).then(async (response) => {
				if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
				return response.json() as Promise<unknown>;
			});
			cache.set(url, pending);
		}
		return pending;
	};
}

const VERDICT_TEXT: Record<Checklist['verdict'], (failures: number) => string> = {
	pass: () => 'Verified: every check passed.',
	warn: () => 'No check failed, but some need a look: read the lines marked “Needs a look”.',
	fail: (failures) => `Not verified: ${failures === 1 ? 'one check' : `${failures} checks`} failed. Each line below says what it means.`,
};

function render(lists: readonly Checklist[], source: string, milliseconds: number): void {
	const section = document.querySelector<HTMLElement>('#verify-result');
	const verdict = document.querySelector<HTMLElement>('#verify-verdict');
	const subject = document.querySelector<HTMLElement>('#verify-subject');
	const checks = document.querySelector<HTMLOListElement>('#verify-checks');
	const template = document.querySelector<HTMLTemplateElement>('#verify-check-template');
	const groupTemplate = document.querySelector<HTMLTemplateElement>('#verify-group-template');
	if (!section || !verdict || !subject || !checks || !template || !groupTemplate || lists.length === 0) return;
	const overall = worstVerdict(lists.map((list) => list.verdict));
	let verdictText: string;
	if (lists.length === 1) {
		const [list] = lists as [Checklist];
		verdictText = VERDICT_TEXT[list.verdict](failuresOf(list));
		const what = list.kind === 'ob3' ? 'Open Badges 3.0 credential' : list.kind === 'ob2' ? 'Open Badges 2.0 badge' : 'input';
		const named = list.name === undefined ? '' : ` “${list.name}”`;
		subject.textContent = `Checked the ${what}${named} from ${source}${list.subjectId === undefined ? '' : ` (${list.subjectId})`}.`;
		checks.replaceChildren(...list.checks.map((item) => renderCheck(template, item, 'h3')));
	} else {
		const count = (wanted: Checklist['verdict']) => lists.filter((list) => list.verdict === wanted).length;
		verdictText = `${lists.length} credentials: ${count('pass')} verified, ${count('fail')} not verified, ${count('warn')} needing a look.`;
		subject.textContent = `Checked every credential in ${source}. Each one below has its own checklist.`;
		checks.replaceChildren(...lists.map((list) => renderGroup(groupTemplate, template, list)));
	}
	verdict.textContent = verdictText;
	verdict.className = `verdict ${overall}`;
	section.dataset['verdict'] = overall;
	section.dataset['milliseconds'] = milliseconds.toFixed(1);
	section.hidden = false;
	announce(verdictText);
	document.querySelector<HTMLElement>('#verify-result-heading')?.focus();
}

function failuresOf(list: Checklist): number {
	return list.checks.filter((item) => item.outcome === 'fail').length;
}

/** One credential of a presentation: its name as a heading, its verdict, and its checks a level below. */
function renderGroup(groupTemplate: HTMLTemplateElement, template: HTMLTemplateElement, list: Checklist): HTMLElement {
	const group = (groupTemplate.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
	group.dataset['verdict'] = list.verdict;
	fill(group, '.group-title', list.name ?? list.subjectId ?? 'Unnamed credential');
	fill(group, '.group-verdict', VERDICT_TEXT[list.verdict](failuresOf(list)));
	group.querySelector('.group-checks')?.replaceChildren(...list.checks.map((item) => renderCheck(template, item, 'h4')));
	return group;
}

function renderCheck(template: HTMLTemplateElement, item: Check, heading: 'h3' | 'h4'): HTMLElement {
	const line = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
	const { label, mark } = OUTCOME_LABELS[item.outcome];
	line.classList.add(item.outcome);
	line.dataset['check'] = item.id;
	line.dataset['outcome'] = item.outcome;
	fill(line, '.outcome-mark', mark);
	fill(line, '.outcome-label', label);
	fill(line, '.check-title', item.title);
	fill(line, '.check-summary', item.summary);
	if (item.detail === undefined) line.querySelector('.check-detail')?.remove();
	else fill(line, '.check-detail-text', item.detail);
	const title = line.querySelector('.check-title');
	if (heading !== 'h3' && title !== null) {
		const replacement = document.createElement(heading);
		replacement.className = title.className;
		replacement.textContent = title.textContent;
		title.replaceWith(replacement);
	}
	return line;
}

function fill(root: HTMLElement, selector: string, text: string): void {
	const element = root.querySelector(selector);
	if (element) element.textContent = text;
}

function announce(message: string): void {
	const status = document.querySelector('#verify-status');
	if (status) status.textContent = message;
}
