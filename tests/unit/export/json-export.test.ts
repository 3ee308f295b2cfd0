import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateExport } from '../../../src/export/validate-export.ts';
import { copyValidExport, loadFixtureCatalog, now, problemsOf, validExportDir } from './support/export-fixture.ts';
import { makeTempDir } from '../../support/temp-dir.ts';


// The tests break the export in ways its types forbid, so the parsed JSON is left untyped.
async function jsonExport(edit: (root: Record<string, any>) => void): Promise<string> {
	const dir = await copyValidExport();
	const file = path.join(dir, 'export.json');
	const root = JSON.parse(await readFile(file, 'utf8'));
	edit(root);
	await writeFile(file, JSON.stringify(root));
	return file;
}

describe('the JSON export', () => {
	it('holds the same records as the CSV export', async () => {
		const catalog = await loadFixtureCatalog();
		const fromCsv = await validateExport(validExportDir, { catalog, now });
		const fromJson = await validateExport(path.join(validExportDir, 'export.json'), { catalog, now });
		expect(fromJson.problems).toEqual([]);
		expect(fromJson.exported).toEqual(fromCsv.exported);
	});

	it('names the record by its index in the list', async () => {
		const file = await jsonExport((root) => {
			root.awards[2].rubric_level = 'Expert';
			root.evidence[0].url = 'data:text/html,<script>alert(1)</script>';
		});
		expect(await problemsOf(file)).toEqual([
			'export.json:0: evidence[0].url must be a web address starting with http:// or https://; other schemes such as javascript: or data: are refused',
			'export.json:2: awards[2].rubric_level is "Expert", which is not a level of the seating-routines rubric; use one of: Beginning, Developing, Proficient, Exemplary',
		]);
	});

	it('reports fields that are not part of the format', async () => {
		const file = await jsonExport((root) => {
			root.educators[1].twitter = '@wangfang';
		});
		expect(await problemsOf(file)).toEqual([
			'export.json:1: educators[1] has the unknown field "twitter"; rename it to one of educator_id, name, email, role, school, district, licensing_authority, license_cycle_start, visibility, portfolio_slug, bio, or remove it',
		]);
	});

	it('treats null and empty strings as absent', async () => {
		const file = await jsonExport((root) => {
			root.educators[0].bio = null;
			root.educators[0].role = '';
		});
		expect(await problemsOf(file)).toEqual([]);
	});

	it('reports a missing list and unknown top-level keys', async () => {
		const file = await jsonExport((root) => {
			delete root.evidence;
			root.badges = [];
		});
		expect(await problemsOf(file)).toEqual([
			'export.json: badges is not part of the export format; remove it (the lists are educators, awards, evidence)',
			'export.json: evidence must be a list of evidence item records, but is missing; write "evidence": [ ... ]',
		]);
	});

	it('reports a record that is not an object', async () => {
		const file = await jsonExport((root) => {
			root.awards[1] = 'aw-002';
		});
		expect(await problemsOf(file)).toEqual([
			'export.json:1: awards[1] must be an object of award fields; write it as { "award_id": ... }',
			'export.json:2: evidence[2].award_id is "aw-002", but no award has that id; add the award to the export or correct the id',
		]);
	});

	it('reports invalid JSON syntax', async () => {
		const dir = await makeTempDir();
		await writeFile(path.join(dir, 'export.json'), '{ "educators": [ }');
		const [problem, ...rest] = await problemsOf(path.join(dir, 'export.json'));
		expect(rest).toEqual([]);
		expect(problem).toMatch(/^export\.json: is not valid JSON \(.+\); fix the syntax, for example a missing comma or quote$/);
	});

	it('reports a path that is neither a folder nor a JSON file', async () => {
		const dir = await makeTempDir();
		const catalog = await loadFixtureCatalog();
		const { problems } = await validateExport('nowhere', { catalog, now, root: dir });
		expect(problems).toEqual([
			{ file: 'nowhere', field: '', message: 'does not exist; set EXPORT_PATH to the export folder or JSON file (see docs/export-format.md)' },
		]);
	});
});
