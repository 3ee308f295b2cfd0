import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { copyValidExport, editRecord, fixtureCatalogDir } from './support/export-fixture.ts';


const run = promisify(execFile);
const script = path.resolve(import.meta.dirname, '../../../scripts/validate-export.ts');

async function validate(exportPath: string, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
	const env = { ...process.env, CONTENT_PATH: fixtureCatalogDir, EXPORT_PATH: exportPath };
	try {
		const { stdout, stderr } = await run(process.execPath, [script, ...args], { cwd: exportPath, env });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

describe('scripts/validate-export.ts', () => {
	it('prints a summary and exits 0 for a valid export', async () => {
		const dir = await copyValidExport();
		expect(await validate(dir)).toEqual({ code: 0, stdout: `Export ${dir} OK: 3 educators, 4 awards, 4 evidence items.\n`, stderr: '' });
	});

	it('with --stats also says what the check cost, for sizing a state-scale export', async () => {
		const dir = await copyValidExport();
		const result = await validate(dir, ['--stats']);
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/^Checked in \d+\.\d s \(\d+\.\d s CPU\), peak memory \d+\.\d\d GB\.\n$/);
	});

	it('prints every problem on its own line and exits 1', async () => {
		const dir = await copyValidExport();
		await editRecord(dir, 'awards.csv', 'aw-002', { credential_id: 'exit-ticket', revoked: 'maybe' });
		await editRecord(dir, 'evidence.csv', 'ev-001', { url: 'javascript:alert(1)' });
		const result = await validate(dir);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.split('\n')).toEqual([
			'awards.csv:4:3: credential_id is "exit-ticket", but the catalog has no credential with that id; valid choices: exit-tickets, hinge-questions, project-work, seating-routines, wait-time',
			'awards.csv:4:10: revoked is "maybe"; write true or false (lower case)',
			'evidence.csv:2:5: url must be a web address starting with http:// or https://; other schemes such as javascript: or data: are refused',
			`Export ${dir} has 3 problems; fix them and run npm run validate again (the format is in docs/export-format.md).`,
			'',
		]);
	});
});
