import { describe, expect, it } from 'vitest';
import { formatProblem, InputError } from '../../../src/errors/format-issues.ts';
import { readExportConfig } from '../../../src/export/export-config.ts';

describe('readExportConfig', () => {
	it('defaults to the demo export, private educators, and the issue\'s file rules', () => {
		expect(readExportConfig({})).toEqual({
			exportPath: 'data/demo-export',
			defaultVisibility: 'private',
			files: { allowedTypes: ['pdf', 'png', 'jpg', 'webp', 'mp3', 'mp4', 'txt'], maxBytes: 52_428_800 },
		});
	});

	it('reads every setting from the environment, ignoring empty values', () => {
		expect(
			readExportConfig({ EXPORT_PATH: 'exports/2025.json', EXPORT_DEFAULT_VISIBILITY: 'unlisted', EXPORT_FILE_TYPES: ' .PDF, docx ', EXPORT_MAX_FILE_MB: '2.5', HOME: '' }),
		).toEqual({ exportPath: 'exports/2025.json', defaultVisibility: 'unlisted', files: { allowedTypes: ['pdf', 'docx'], maxBytes: 2_621_440 } });
	});

	it('names the variable and the fix when a value is wrong', () => {
		const read = () => readExportConfig({ EXPORT_DEFAULT_VISIBILITY: 'everyone', EXPORT_MAX_FILE_MB: '-1' });
		expect(read).toThrow(InputError);
		try {
			read();
		} catch (error) {
			expect((error as InputError).problems.map(formatProblem)).toEqual([
				'environment: EXPORT_DEFAULT_VISIBILITY is "everyone", which is not allowed; use one of: public, unlisted, private',
				'environment: EXPORT_MAX_FILE_MB must be greater than 0, but is -1',
			]);
		}
	});
});
