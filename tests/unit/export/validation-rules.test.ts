import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendLine, copyValidExport, editRecord, problemsOf } from './support/export-fixture.ts';


async function problemsAfter(file: string, id: string, changes: Record<string, string>): Promise<string[]> {
	const dir = await copyValidExport();
	await editRecord(dir, file, id, changes);
	return problemsOf(dir);
}

describe('the valid example export', () => {
	it('has no problems', async () => {
		expect(await problemsOf(await copyValidExport())).toEqual([]);
	});
});

describe('required fields and formats', () => {
	it('reports a missing required field at its cell', async () => {
		expect(await problemsAfter('educators.csv', 'plat-001', { name: '' })).toEqual(['educators.csv:2:2: name is missing; add it (text)']);
	});

	it('reports a date that is not YYYY-MM-DD', async () => {
		expect(await problemsAfter('awards.csv', 'aw-002', { awarded_on: '05/01/2023' })).toEqual([
			'awards.csv:4:4: awarded_on is "05/01/2023", but must be a real date written YYYY-MM-DD, such as 2024-09-01',
		]);
	});

	it('reports a date that does not exist', async () => {
		expect(await problemsAfter('educators.csv', 'plat-001', { license_cycle_start: '2023-02-30' })).toEqual([
			'educators.csv:2:8: license_cycle_start is "2023-02-30", but must be a real date written YYYY-MM-DD, such as 2024-09-01',
		]);
	});

	it('reports an unknown educator visibility', async () => {
		expect(await problemsAfter('educators.csv', 'plat-001', { visibility: 'hidden' })).toEqual([
			'educators.csv:2:9: visibility is "hidden", which is not allowed; use one of: public, unlisted, private',
		]);
	});

	it('reports an unknown evidence visibility', async () => {
		expect(await problemsAfter('evidence.csv', 'ev-001', { visibility: 'private' })).toEqual([
			'evidence.csv:2:8: visibility is "private", which is not allowed; use one of: public, withheld',
		]);
	});

	it('reports an evidence type outside the vocabulary', async () => {
		expect(await problemsAfter('evidence.csv', 'ev-001', { type: 'podcast' })).toEqual([
			'evidence.csv:2:3: type is "podcast", which is not allowed; use one of: lesson-plan, student-work, video, audio, transcript, image, educator-reflection, student-reflection, observation, other',
		]);
	});

	it('reports an over-long field', async () => {
		expect(await problemsAfter('educators.csv', 'plat-001', { name: 'A'.repeat(121) })).toEqual(['educators.csv:2:2: name must be at most 120 characters long']);
	});

	it('reports a line break in a one-line field', async () => {
		expect(await problemsAfter('educators.csv', 'plat-001', { school: 'Riverbend\nElementary' })).toEqual([
			'educators.csv:2:5: school must be on one line; remove the line breaks',
		]);
	});

	it('reports control characters in text', async () => {
		expect(await problemsAfter('educators.csv', 'plat-001', { bio: 'Teaches\u0007 fractions' })).toEqual([
			'educators.csv:2:11: bio contains control characters; remove them (export the text again as plain UTF-8)',
		]);
	});

	it('reports an id that cannot be part of a web address', async () => {
		expect(await problemsAfter('evidence.csv', 'ev-001', { evidence_id: 'ev 001' })).toEqual([
			'evidence.csv:2:1: evidence_id is "ev 001", but must be letters, digits, hyphens and underscores (it becomes part of a web address), like "aw-0001"',
		]);
	});

	it('reports an email address that is not one', async () => {
		expect(await problemsAfter('educators.csv', 'plat-001', { email: 'ana at example.org' })).toEqual([
			'educators.csv:2:3: email is "ana at example.org", but must be an email address such as ana@example.org',
		]);
	});

	it('reports revoked values other than true and false', async () => {
		expect(await problemsAfter('awards.csv', 'aw-002', { revoked: 'yes' })).toEqual(['awards.csv:4:10: revoked is "yes"; write true or false (lower case)']);
	});

	it('reports contact hours that are not a number of hours', async () => {
		expect(await problemsAfter('awards.csv', 'aw-002', { contact_hours: 'ten' })).toEqual([
			'awards.csv:4:9: contact_hours is "ten"; write a number of hours from 0 to 200, such as 12 or 7.5',
		]);
	});
});

describe('dates', () => {
	it('reports an award date in the future', async () => {
		expect(await problemsAfter('awards.csv', 'aw-002', { awarded_on: '2025-01-16', expires_on: '' })).toEqual([
			'awards.csv:4:4: awarded_on is 2025-01-16, which is in the future (today is 2025-01-15); correct the date',
		]);
	});

	it('reports a licence cycle starting in the future', async () => {
		expect(await problemsAfter('educators.csv', 'plat-003', { license_cycle_start: '2026-01-01' })).toEqual([
			'educators.csv:4:8: license_cycle_start is 2026-01-01, which is in the future (today is 2025-01-15); correct the date',
		]);
	});

	it('reports an award that expires before it was awarded', async () => {
		expect(await problemsAfter('awards.csv', 'aw-002', { expires_on: '2023-05-01' })).toEqual([
			'awards.csv:4:5: expires_on is 2023-05-01, not after awarded_on 2023-05-01; correct one of the dates, or leave expires_on empty if the award does not expire',
		]);
	});
});

describe('links and files', () => {
	it.each([
		['javascript:alert(1)'],
		['data:text/html,<script>alert(1)</script>'],
		['ftp://files.example.org/video.mp4'],
	])('refuses the evidence URL %s', async (url) => {
		expect(await problemsAfter('evidence.csv', 'ev-001', { url })).toEqual([
			'evidence.csv:2:5: url must be a web address starting with http:// or https://; other schemes such as javascript: or data: are refused',
		]);
	});

	it('reports evidence with both a URL and a file', async () => {
		expect(await problemsAfter('evidence.csv', 'ev-002', { url: 'https://example.org/plan' })).toEqual([
			'evidence.csv:3:6: file and url are both given; keep one: url for a web link, or file for a file in the export folder',
		]);
	});

	it('reports evidence with neither a URL nor a file', async () => {
		expect(await problemsAfter('evidence.csv', 'ev-002', { file: '' })).toEqual([
			'evidence.csv:3:5: url and file are both empty; give url (a web address) or file (a path in the export folder, such as files/ev-12.pdf)',
		]);
	});

	it('reports a missing evidence file', async () => {
		expect(await problemsAfter('evidence.csv', 'ev-002', { file: 'files/missing.pdf' })).toEqual([
			'evidence.csv:3:6: file is "files/missing.pdf", but there is no such file in the export folder; add the file, or correct the path (it is relative to the export folder)',
		]);
	});

	it('reports an evidence file of a type not allowed', async () => {
		const dir = await copyValidExport();
		await writeFile(path.join(dir, 'files/plan.docx'), 'not really a document');
		await editRecord(dir, 'evidence.csv', 'ev-002', { file: 'files/plan.docx' });
		expect(await problemsOf(dir)).toEqual([
			'evidence.csv:3:6: file is "files/plan.docx", a .docx file, which is not allowed; convert it to one of pdf, png, jpg, webp, mp3, mp4, txt, or link to it with url instead',
		]);
	});

	it('allows the types the configuration allows', async () => {
		const dir = await copyValidExport();
		await writeFile(path.join(dir, 'files/plan.docx'), 'not really a document');
		await editRecord(dir, 'evidence.csv', 'ev-002', { file: 'files/plan.docx' });
		expect(await problemsOf(dir, { files: { allowedTypes: ['docx', 'pdf', 'txt', 'png'], maxBytes: 1024 } })).toEqual([]);
	});

	it('reports an evidence file over the size limit', async () => {
		const dir = await copyValidExport();
		await writeFile(path.join(dir, 'files/transcript.txt'), 'x'.repeat(1_572_864));
		expect(await problemsOf(dir, { files: { allowedTypes: ['pdf', 'txt', 'png'], maxBytes: 1_048_576 } })).toEqual([
			'evidence.csv:4:6: file is "files/transcript.txt", 1.5 MB, over the 1 MB limit per file; make the file smaller, or link to it with url instead',
		]);
	});

	it.each([['../outside.pdf'], ['files/../../outside.pdf'], ['/etc/passwd.txt'], ['files\\lesson-plan.pdf']])('reports the path %s, which leaves the export folder', async (file) => {
		expect(await problemsAfter('evidence.csv', 'ev-002', { file })).toEqual([
			`evidence.csv:3:6: file is "${file}", which points outside the export folder; keep evidence files inside it and write the path from there with forward slashes, such as files/ev-12.pdf`,
		]);
	});

	it('reports a symbolic link that leads out of the export folder', async () => {
		const dir = await copyValidExport();
		const outside = await copyValidExport();
		await symlink(path.join(outside, 'files/lesson-plan.pdf'), path.join(dir, 'files/linked.pdf'));
		await editRecord(dir, 'evidence.csv', 'ev-002', { file: 'files/linked.pdf' });
		expect(await problemsOf(dir)).toEqual([
			'evidence.csv:3:6: file is "files/linked.pdf", which links to a file outside the export folder; copy the file itself into the export folder',
		]);
	});

	it('reports a file whose content contradicts its extension', async () => {
		const dir = await copyValidExport();
		await writeFile(path.join(dir, 'files/project-wall.png'), '<html><script>alert(1)</script></html>');
		expect(await problemsOf(dir)).toEqual([
			'evidence.csv:5:6: file is "files/project-wall.png", but its content is not in PNG format; export the file again, or give it the extension of its real type',
		]);
	});
});

describe('references to the catalog and between records', () => {
	it('reports an unknown credential id', async () => {
		expect(await problemsAfter('awards.csv', 'aw-002', { credential_id: 'exit-ticket' })).toEqual([
			'awards.csv:4:3: credential_id is "exit-ticket", but the catalog has no credential with that id; valid choices: exit-tickets, hinge-questions, project-work, seating-routines, wait-time',
		]);
	});

	it('reports an unknown licensing authority id', async () => {
		expect(await problemsAfter('educators.csv', 'plat-001', { licensing_authority: 'state-bored' })).toEqual([
			'educators.csv:2:7: licensing_authority is "state-bored", but the catalog has no licensing authority with that id; valid choices: lake-region, river-district, state-board, or leave it empty',
		]);
	});

	it('reports a rubric level the credential does not have', async () => {
		expect(await problemsAfter('awards.csv', 'aw-002', { rubric_level: 'Expert' })).toEqual([
			'awards.csv:4:6: rubric_level is "Expert", which is not a level of the exit-tickets rubric; use one of: Beginning, Developing, Proficient, Exemplary',
		]);
	});

	it('reports a rubric level below the passing level', async () => {
		expect(await problemsAfter('awards.csv', 'aw-002', { rubric_level: 'Developing' })).toEqual([
			'awards.csv:4:6: rubric_level is "Developing", below the passing level "Proficient" of exit-tickets, so no badge was earned; use one of: Proficient, Exemplary, or remove the award',
		]);
	});

	it('reports an award for an educator who is not in the export', async () => {
		expect(await problemsAfter('awards.csv', 'aw-002', { educator_id: 'plat-999' })).toEqual([
			'awards.csv:4:2: educator_id is "plat-999", but no educator has that id; add the educator to the export or correct the id',
		]);
	});

	it('reports evidence for an award that is not in the export', async () => {
		expect(await problemsAfter('evidence.csv', 'ev-001', { award_id: 'aw-999' })).toEqual([
			'evidence.csv:2:2: award_id is "aw-999", but no award has that id; add the award to the export or correct the id',
		]);
	});

	it('does not blame references for a record that is itself invalid', async () => {
		expect(await problemsAfter('educators.csv', 'plat-001', { visibility: 'hidden' })).toEqual([
			'educators.csv:2:9: visibility is "hidden", which is not allowed; use one of: public, unlisted, private',
		]);
	});

	it('reports a row\'s format problems and its cross-record problems in the same run', async () => {
		expect(await problemsAfter('educators.csv', 'plat-001', { visibility: 'hidden', licensing_authority: 'state-bored' })).toEqual([
			'educators.csv:2:7: licensing_authority is "state-bored", but the catalog has no licensing authority with that id; valid choices: lake-region, river-district, state-board, or leave it empty',
			'educators.csv:2:9: visibility is "hidden", which is not allowed; use one of: public, unlisted, private',
		]);
	});

	it('does not judge a field by the rules when it failed its own check', async () => {
		expect(await problemsAfter('awards.csv', 'aw-003', { revoked: 'maybe' })).toEqual(['awards.csv:5:10: revoked is "maybe"; write true or false (lower case)']);
	});

	it('checks a row whose own id is unreadable for its format only (its unknown credential_id waits for the next run)', async () => {
		expect(await problemsAfter('awards.csv', 'aw-002', { award_id: 'aw 002', credential_id: 'nope' })).toEqual([
			'awards.csv:4:1: award_id is "aw 002", but must be letters, digits, hyphens and underscores (it becomes part of a web address), like "aw-0001"',
			'evidence.csv:4:2: award_id is "aw-002", but no award has that id; add the award to the export or correct the id',
		]);
	});

	it('reports a revocation reason on an award that is not revoked', async () => {
		expect(await problemsAfter('awards.csv', 'aw-003', { revoked: 'false' })).toEqual([
			'awards.csv:5:11: revocation_reason is given but revoked is not true; set revoked to true, or remove the reason',
		]);
	});
});

describe('duplicates and collisions', () => {
	it('reports a duplicate educator id', async () => {
		expect(await problemsAfter('educators.csv', 'plat-003', { educator_id: 'plat-001' })).toEqual([
			'educators.csv:4:1: educator_id is "plat-001", already used on row 2; give every educator its own id',
		]);
	});

	it('reports award ids that differ only in capital letters', async () => {
		expect(await problemsAfter('awards.csv', 'aw-004', { award_id: 'AW-003' })).toEqual([
			'awards.csv:6:1: award_id is "AW-003", which differs from "aw-003" on row 5 only in capital letters; web addresses cannot tell them apart, so give every award its own id',
			'evidence.csv:5:2: award_id is "aw-004", but no award has that id; add the award to the export or correct the id',
		]);
	});

	it('reports a duplicate evidence id', async () => {
		expect(await problemsAfter('evidence.csv', 'ev-004', { evidence_id: 'ev-001' })).toEqual([
			'evidence.csv:5:1: evidence_id is "ev-001", already used on row 2; give every evidence item its own id',
		]);
	});

	it('reports a portfolio slug chosen twice', async () => {
		expect(await problemsAfter('educators.csv', 'plat-001', { portfolio_slug: 'wang-fang' })).toEqual([
			'educators.csv:3:10: portfolio_slug is "wang-fang", already used by the educator on row 2; give each educator their own slug, or leave it empty',
		]);
	});

	it('reports two spellings of a district that would share one page', async () => {
		expect(await problemsAfter('educators.csv', 'plat-003', { district: 'Riverbend  Unified!' })).toEqual([
			'educators.csv:4:6: district is "Riverbend  Unified!", but "Riverbend Unified" on row 2 gets the same page /districts/riverbend-unified/; spell the district the same way on every row',
		]);
	});
});

describe('CSV structure', () => {
	it('reports an unknown column once, in the header', async () => {
		const dir = await copyValidExport();
		const text = await readFile(path.join(dir, 'evidence.csv'), 'utf8');
		await writeFile(path.join(dir, 'evidence.csv'), text.replace('visibility\r\n', 'visibilty\r\n'));
		expect(await problemsOf(dir)).toEqual([
			'evidence.csv:1:8: header has the unknown column "visibilty"; rename it to one of evidence_id, award_id, type, title, url, file, description, visibility, or remove it',
		]);
	});

	it('reports a missing required column once, not on every row', async () => {
		const dir = await copyValidExport();
		await writeFile(path.join(dir, 'evidence.csv'), 'evidence_id,award_id,title,url\r\nev-001,aw-001,Video,https://video.example.org/1\r\n');
		expect(await problemsOf(dir)).toEqual(['evidence.csv:1: header has no "type" column, which is required; add it (see docs/export-format.md)']);
	});

	it('reports a column named twice', async () => {
		const dir = await copyValidExport();
		await writeFile(path.join(dir, 'evidence.csv'), 'evidence_id,award_id,type,title,url,title\r\nev-001,aw-001,video,Video,https://video.example.org/1,Again\r\n');
		expect(await problemsOf(dir)).toEqual(['evidence.csv:1:6: header names the column "title" twice (also column 4); remove one of them']);
	});

	it('reports a row with the wrong number of fields', async () => {
		const dir = await copyValidExport();
		await appendLine(dir, 'evidence.csv', 'ev-005,aw-001,video,Video, part 2,https://video.example.org/2,,,public');
		expect(await problemsOf(dir)).toEqual([
			'evidence.csv:6: has 9 fields but the header has 8; put double quotes around values that contain commas, or add the missing commas',
		]);
	});

	it('reports broken quoting at the field', async () => {
		const dir = await copyValidExport();
		await appendLine(dir, 'evidence.csv', 'ev-005,aw-001,video,The "best" video,https://video.example.org/2,,,public');
		expect(await problemsOf(dir)).toEqual([
			'evidence.csv:6:4: has a double quote inside a field that does not start with one; put the whole field in double quotes and write the inner quote twice ("")',
		]);
	});

	it('reports a missing CSV file', async () => {
		const dir = await copyValidExport();
		await rm(path.join(dir, 'evidence.csv'));
		expect(await problemsOf(dir)).toEqual([
			'evidence.csv: is missing; add evidence.csv with the header row evidence_id,award_id,type,title,url,file,description,visibility (see docs/export-format.md)',
		]);
	});

	it('reports a file that is not UTF-8', async () => {
		const dir = await copyValidExport();
		await writeFile(path.join(dir, 'evidence.csv'), Buffer.from('evidence_id,award_id,type,title,url\r\nev-001,aw-001,video,Vid\xe9o,https://v.example.org/1\r\n', 'latin1'));
		expect(await problemsOf(dir)).toEqual(['evidence.csv: is not UTF-8 text; save it again as "CSV UTF-8"']);
	});

	it('tolerates a byte order mark and LF line ends', async () => {
		const dir = await copyValidExport();
		const text = await readFile(path.join(dir, 'educators.csv'), 'utf8');
		await writeFile(path.join(dir, 'educators.csv'), `\uFEFF${text.replaceAll('\r\n', '\n')}`);
		expect(await problemsOf(dir)).toEqual([]);
	});
});

describe('collecting every problem', () => {
	it('lists all problems of all files in file and row order', async () => {
		const dir = await copyValidExport();
		await editRecord(dir, 'educators.csv', 'plat-002', { visibility: 'secret', name: '' });
		await editRecord(dir, 'awards.csv', 'aw-004', { awarded_on: '2030-01-01', rubric_level: 'Great' });
		await editRecord(dir, 'evidence.csv', 'ev-001', { url: 'javascript:alert(document.cookie)' });
		expect(await problemsOf(dir)).toEqual([
			'awards.csv:6:4: awarded_on is 2030-01-01, which is in the future (today is 2025-01-15); correct the date',
			'awards.csv:6:6: rubric_level is "Great", which is not a level of the project-work rubric; use one of: Beginning, Developing, Proficient, Exemplary',
			'educators.csv:3:2: name is missing; add it (text)',
			'educators.csv:3:9: visibility is "secret", which is not allowed; use one of: public, unlisted, private',
			'evidence.csv:2:5: url must be a web address starting with http:// or https://; other schemes such as javascript: or data: are refused',
		]);
	});
});
