import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBadgesStage } from '../../../src/stages/open-badges.ts';
import { extractPngAssertion } from '../../../src/openbadges/bake-png.ts';
import { runStage, testSettings, type StageData } from '../../support/run-stage.ts';
import { verifyHosted } from '../../../src/openbadges/verify/verify-hosted.ts';
import { loadFixtureSite, now, readTree, runOpenBadges, secret, serveOutput, siteRoot, type BuildRun } from './integration-fixture.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

const env = { OB_SALT_SECRET: secret, BAKED_FILES: 'on' };
let data: StageData;
let run: BuildRun;
let files: Map<string, Buffer>;

beforeAll(async () => {
	data = await loadFixtureSite();
	run = await runOpenBadges(data, env);
	files = await readTree(run.outDir);
});

const assertionKeys = () => [...files.keys()].flatMap((file) => /^ob\/assertions\/(.+)\.json$/.exec(file)?.[1] ?? []);

describe('BAKED_FILES=on', () => {
	it('stores a baked PNG per live assertion, holding the hosted assertion byte for byte, and none for a revoked award', async () => {
		const keys = assertionKeys();
		expect(keys).toContain('aw-003');
		for (const key of keys) {
			const hosted = files.get(`ob/assertions/${key}.json`)!.toString('utf8');
			const baked = files.get(`ob/baked/${key}.png`);
			if (key === 'aw-003') {
				expect(baked).toBeUndefined();
				continue;
			}
			expect(JSON.parse(hosted).image).toBe(`${siteRoot}ob/baked/${key}.png`);
			expect(extractPngAssertion(baked!)).toBe(hosted);
			expect(await sharp(baked).metadata()).toMatchObject({ format: 'png', width: 600, height: 600 });
		}
		expect(run.info).toEqual([`open badges: ${[...files.keys()].filter((file) => file.startsWith('ob/')).length} files`]);
	});

	it('bakes each assertion into its own badge image, pixels unchanged', async () => {
		const pixels = (png: Uint8Array) => sharp(png).raw().toBuffer();
		const source = (file: string) => readFile(path.join(run.outDir, file));
		expect(await pixels(files.get('ob/baked/classroom-craft.wang-fang.png')!)).toEqual(await pixels(await source('images/badges/stacks/classroom-craft.png')));
		expect(await pixels(files.get('ob/baked/aw-004.png')!)).toEqual(await pixels(await source('images/badges/project-work.png')));
		expect(await pixels(files.get('ob/baked/aw-004.png')!)).not.toEqual(await pixels(await source('images/badges/wait-time.png')));
	});

	it('assertions naming their baked image still verify with no errors and no warnings', async () => {
		for (const key of assertionKeys().filter((key) => key !== 'aw-003')) {
			expect(await verifyHosted(`${siteRoot}ob/assertions/${key}.json`, serveOutput(run.outDir), { now })).toEqual({ valid: true, errors: [], warnings: [] });
		}
	});

	it('rebuilds byte-identically', async () => {
		expect(await readTree((await runOpenBadges(data, env)).outDir)).toEqual(files);
	});

	it('fails with the fix when the badge images were not rendered first', async () => {
		const settings = await testSettings({ SITE_URL: 'https://badges.example.edu', BASE_PATH: '/credfolio/', ...env });
		await expect(runStage(openBadgesStage, { settings, data, outDir: await makeTempDir() })).rejects.toThrow(/Cannot bake badges from \/images\/badges\/.*The images stage writes it and must run before the Open Badges stage/);
	});
});
