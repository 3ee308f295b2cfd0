import { evidenceFilePath } from '../../src/paths.ts';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { listUniquelyPrivateEducators, readBuiltExport, type BuiltExport } from './support/demo-export.ts';

const distDir = inject('distDir');
let built: BuiltExport;
let files: string[];
beforeAll(async () => {
	built = await readBuiltExport();
	const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
	files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
});

/** A string that must not occur in the site, and what it is, for the failure message. */
interface Secret {
	text: string;
	what: string;
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The text of a file as a reader would take it in: HTML and XML entities, JSON `\u` escapes and
 * URL percent-escapes undone, since a page that writes `N&#39;Diaye` or `%40` still publishes it.
 */
function decodeEscapes(text: string): string {
	return text
		.replace(/&#x([0-9a-f]+);|&#(\d+);|&([a-z]+);/gi, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
			if (name !== undefined) return namedEntities[name.toLowerCase()] ?? whole;
			const codePoint = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
			return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
		})
		.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
		.replace(/(?:%[0-9a-f]{2})+/gi, (escaped) => {
			try {
				return decodeURIComponent(escaped);
			} catch {
				return escaped;
			}
		})
		.normalize('NFC');
}

/**
 * Every way a file can hold text: its raw bytes (binary files included, read as latin1 and
 * matched against the UTF-8 bytes of each secret), its decoded text, the same with `+` read as a
 * space (query strings), and the same again inside gzip (Pagefind's index is compressed).
 */
function listViews(bytes: Buffer): { raw: string[]; text: string[] } {
	const unpacked = bytes[0] === 0x1f && bytes[1] === 0x8b ? [bytes, gunzipSync(bytes)] : [bytes];
	const text = unpacked.map((buffer) => decodeEscapes(buffer.toString('utf8')));
	return { raw: unpacked.map((buffer) => buffer.toString('latin1')), text: [...text, ...text.map((view) => view.replaceAll('+', ' '))] };
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pass per view finds every secret (a single alternation is far faster than a search per secret). */
function createScanner(secrets: readonly Secret[]): (file: string, bytes: Buffer) => string[] {
	const byText = new Map(secrets.map((secret) => [secret.text.normalize('NFC').toLowerCase(), secret.what]));
	const asLatin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
	const textPattern = new RegExp([...byText.keys()].map(escapeRegExp).join('|'), 'giu');
	const rawPattern = new RegExp([...byText.keys()].map((text) => escapeRegExp(asLatin1(text))).join('|'), 'gi');
	const rawWhat = new Map([...byText].map(([text, what]) => [asLatin1(text), what]));
	return (file, bytes) => {
		const found = new Set<string>();
		const { raw, text } = listViews(bytes);
		for (const view of raw) for (const [match] of view.matchAll(rawPattern)) found.add(rawWhat.get(match.toLowerCase()) ?? match);
		for (const view of text) for (const [match] of view.matchAll(textPattern)) found.add(byText.get(match.toLowerCase()) ?? match);
		return [...found].map((what) => `${path.relative(distDir, file)}: holds ${what}`);
	};
}

async function scanSite(secrets: readonly Secret[]): Promise<string[]> {
	const scan = createScanner(secrets);
	const leaks: string[] = [];
	for (const file of files) leaks.push(...scan(file, await readFile(file)));
	return leaks.sort();
}

/** Ids of the private educators' awards that no published award id contains, so finding one means a leak. */
function listPrivateAwardIds(data: BuiltExport): Secret[] {
	const privateIds = new Set(data.privateEducators.map((educator) => educator.educator_id));
	const published = data.site.portfolios.flatMap((portfolio) => portfolio.awards.map((award) => award.awardId));
	return data.exported.awards
		.filter((award) => privateIds.has(award.educator_id) && !published.some((id) => id.includes(award.award_id)))
		.map((award) => ({ text: award.award_id, what: `award ${award.award_id} of private educator ${award.educator_id}` }));
}

/** Evidence URLs no published evidence shares: the withheld evidence of published awards and all evidence of private educators. */
function listUnpublishedUrls(data: BuiltExport): Secret[] {
	const published = new Set(data.site.portfolios.flatMap((portfolio) => portfolio.awards.flatMap((award) => award.evidence.flatMap((item) => (item.visibility === 'public' && item.url ? [item.url] : [])))));
	const publishedAwards = new Set(data.site.portfolios.flatMap((portfolio) => portfolio.awards.map((award) => award.awardId)));
	return data.exported.evidence
		.filter((item) => item.url && !published.has(item.url) && (item.visibility === 'withheld' || !publishedAwards.has(item.award_id)))
		.map((item) => ({ text: item.url!, what: `the url of ${item.visibility} evidence ${item.evidence_id}` }));
}

describe('privacy: nothing private reaches dist/', () => {
	test('no email address of any educator appears in any file', async () => {
		const secrets = built.exported.educators.flatMap((educator) => (educator.email ? [{ text: educator.email, what: `the email of ${educator.educator_id}` }] : []));
		expect(secrets.length).toBeGreaterThan(0);
		expect(await scanSite(secrets)).toEqual([]);
	});

	test("no private educator's name, id, portfolio address or awards appear in any file", async () => {
		const named = listUniquelyPrivateEducators(built);
		const awards = listPrivateAwardIds(built);
		expect(named.length).toBeGreaterThan(0);
		expect(awards.length).toBeGreaterThan(0);
		const secrets: Secret[] = [
			...named.map((educator) => ({ text: educator.name, what: `the name of private educator ${educator.educator_id}` })),
			...built.privateEducators.flatMap((educator) => [
				{ text: educator.educator_id, what: `the id of private educator ${educator.educator_id}` },
				{ text: `/educators/${built.slugs.get(educator.educator_id)}/`, what: `the portfolio address of private educator ${educator.educator_id}` },
			]),
			...awards,
		];
		expect(await scanSite(secrets)).toEqual([]);
	});

	test('withheld evidence is listed by title only: its url never appears and its file is never copied', async () => {
		const withheld = built.site.portfolios.flatMap((portfolio) =>
			portfolio.awards.flatMap((award) => award.evidence.filter((item) => item.visibility === 'withheld').map((item) => ({ portfolio, award, item }))),
		);
		expect(withheld.length).toBeGreaterThan(0);
		expect(await scanSite(listUnpublishedUrls(built))).toEqual([]);

		const { portfolio, award, item } = withheld[0]!;
		const page = await readFile(path.join(distDir, 'educators', portfolio.slug, award.awardId, 'index.html'), 'utf8');
		expect(decodeEscapes(page)).toContain(item.title);

		const copied: string[] = [];
		const records = new Map(built.exported.evidence.map((record) => [record.evidence_id, record]));
		for (const entry of withheld) {
			const file = records.get(entry.item.evidenceId)?.file;
			if (!file) continue;
			// The same file may also be submitted as public evidence of the award, and then it is rightly there.
			const alsoPublic = entry.award.evidence.some((other) => other.visibility === 'public' && other.file === file);
			const sitePath = evidenceFilePath(entry.portfolio.slug, entry.award.awardId, file);
			if (!alsoPublic && (await stat(path.join(distDir, sitePath)).catch(() => undefined))) copied.push(`${sitePath} (evidence ${entry.item.evidenceId})`);
		}
		expect(copied).toEqual([]);
	});
});
