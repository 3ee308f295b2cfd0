import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { bakeBadgeFile } from '../../../src/openbadges/bake-badge-file.ts';
import { extractPngAssertion } from '../../../src/openbadges/bake-png.ts';
import { extractSvgAssertion } from '../../../src/openbadges/bake-svg.ts';
import { buildSite } from './built-site.ts';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const { assertion, revoked } = buildSite();
const hosted = JSON.stringify(assertion);
let png: Buffer;

beforeAll(async () => {
	png = await sharp({ create: { width: 600, height: 600, channels: 4, background: '#0f766e' } }).png().toBuffer();
});

describe('in-browser baking (what the "Download badge" button runs)', () => {
	it('bakes the hosted assertion text into the PNG byte for byte, pixels unchanged', async () => {
		const file = bakeBadgeFile('png', png, hosted);
		expect(file.type).toBe('image/png');
		expect(extractPngAssertion(file.bytes)).toBe(hosted);
		expect(await sharp(file.bytes).raw().toBuffer()).toEqual(await sharp(png).raw().toBuffer());
	});

	it('bakes an SVG that shows the PNG at its size and verifies at the assertion id', async () => {
		const file = bakeBadgeFile('svg', png, hosted);
		const svg = new TextDecoder().decode(file.bytes);
		expect(file.type).toBe('image/svg+xml');
		expect(extractSvgAssertion(svg)).toEqual({ verify: assertion.id, assertion: hosted });
		const embedded = /xlink:href="data:image\/png;base64,([^"]+)"/.exec(svg)?.[1];
		expect(Buffer.from(embedded ?? '', 'base64')).toEqual(png);
		expect(await sharp(Buffer.from(svg)).metadata()).toMatchObject({ format: 'svg', width: 600, height: 600 });
	});

	it.each([
		['a revoked assertion', JSON.stringify(revoked), /revoked/],
		['a file that is not JSON', '<!doctype html>', /not JSON/],
		['JSON that is not an assertion', JSON.stringify({ type: 'BadgeClass', id: 'https://x.example/b.json' }), /not an Open Badges assertion/],
	])('refuses %s', (_, text, message) => {
		expect(() => bakeBadgeFile('png', png, text)).toThrow(message);
	});

	it('imports nothing Node-only or Astro-only on the browser path', async () => {
		const seen = new Set<string>();
		const visit = async (file: string): Promise<void> => {
			if (seen.has(file)) return;
			seen.add(file);
			const source = await readFile(file, 'utf8');
			for (const [, specifier] of source.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gm)) {
				expect(specifier, `${path.relative(projectRoot, file)} imports ${specifier}`).not.toMatch(/^(node:|astro:)/);
				if (specifier!.startsWith('.')) await visit(path.resolve(path.dirname(file), specifier!));
			}
		};
		await visit(path.join(projectRoot, 'src/browser/download-badge.ts'));
		expect([...seen].map((file) => path.relative(projectRoot, file)).sort()).toEqual(
			['bake-badge-file', 'bake-png', 'bake-svg', 'crc32', 'json', 'png-chunks'].map((name) => `src/openbadges/${name}.ts`).concat('src/browser/download-badge.ts').sort(),
		);
	});
});
