import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, problemsOf } from './support/export-fixture.ts';

describe('the invalid example export', () => {
	it('lists every problem of every row in one run, in file and row order', async () => {
		expect(await problemsOf(path.join(fixturesDir, 'invalid'))).toEqual([
			'awards.csv:2:5: expires_on is 2023-03-01, not after awarded_on 2024-03-01; correct one of the dates, or leave expires_on empty if the award does not expire',
			'awards.csv:3:2: educator_id is "plat-009", but no educator has that id; add the educator to the export or correct the id',
			'awards.csv:3:3: credential_id is "wait-tme", but the catalog has no credential with that id; valid choices: exit-tickets, hinge-questions, project-work, seating-routines, wait-time',
			'awards.csv:3:4: awarded_on is "2024-13-01", but must be a real date written YYYY-MM-DD, such as 2024-09-01',
			'awards.csv:3:8: revocation_reason is given but revoked is not true; set revoked to true, or remove the reason',
			'awards.csv:4:1: award_id is "AW-001", which differs from "aw-001" on row 2 only in capital letters; web addresses cannot tell them apart, so give every award its own id',
			'awards.csv:4:6: rubric_level is "Developing", below the passing level "Proficient" of exit-tickets, so no badge was earned; use one of: Proficient, Exemplary, or remove the award',
			'educators.csv:3:2: name is missing; add it (text)',
			'educators.csv:3:3: email is "not-an-email", but must be an email address such as ana@example.org',
			'educators.csv:3:4: visibility is "everyone", which is not allowed; use one of: public, unlisted, private',
			'educators.csv:3:5: licensing_authority is "state-bored", but the catalog has no licensing authority with that id; valid choices: lake-region, river-district, state-board, or leave it empty',
			'educators.csv:3:6: license_cycle_start is 2099-01-01, which is in the future (today is 2025-01-15); correct the date',
			'evidence.csv:2:5: url must be a web address starting with http:// or https://; other schemes such as javascript: or data: are refused',
			'evidence.csv:3:2: award_id is "aw-404", but no award has that id; add the award to the export or correct the id',
			'evidence.csv:3:6: file is "../../secrets.pdf", which points outside the export folder; keep evidence files inside it and write the path from there with forward slashes, such as files/ev-12.pdf',
			'evidence.csv:4:6: file is "files/missing.png", but there is no such file in the export folder; add the file, or correct the path (it is relative to the export folder)',
			'evidence.csv:4:7: visibility is "hidden", which is not allowed; use one of: public, withheld',
			'evidence.csv:5:6: file is "files/notes.exe", a .exe file, which is not allowed; convert it to one of pdf, png, jpg, webp, mp3, mp4, txt, or link to it with url instead',
			'evidence.csv:5:6: file is "files/notes.exe", but there is no such file in the export folder; add the file, or correct the path (it is relative to the export folder)',
		]);
	});
});
