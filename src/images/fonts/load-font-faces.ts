import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FontFace } from './font-face.ts';
import type { FontFamily } from './font-families.ts';
import { parseUnicodeRange } from './unicode-range.ts';

const require = createRequire(import.meta.url);

function packageFolder(packageName: string): string {
	try {
		return path.dirname(require.resolve(`${packageName}/package.json`));
	} catch {
		throw new Error(`The font package ${packageName} is not installed; the badge images need it. Run npm install.`);
	}
}

/** Lists every `.woff` face of `families` with the characters it covers, read from each package's `unicode.json`. */
export async function loadFontFaces(families: readonly FontFamily[]): Promise<FontFace[]> {
	const faces: FontFace[] = [];
	for (const family of families) {
		const folder = packageFolder(family.packageName);
		const id = family.packageName.split('/').pop()!;
		const subsets = JSON.parse(await readFile(path.join(folder, 'unicode.json'), 'utf8')) as Record<string, string>;
		for (const [subset, range] of Object.entries(subsets)) {
			// Large scripts are split into numbered slices named "[12]"; their files drop the brackets.
			const subsetId = subset.replace(/[[\]]/g, '');
			for (const weight of family.weights) {
				const file = path.join(folder, 'files', `${id}-${subsetId}-${weight}-normal.woff`);
				if (!existsSync(file)) continue;
				const name = subset === 'latin' ? family.name : `${family.name} ${subsetId}`;
				faces.push({ name, family: family.name, subset: subsetId, weight, file, ranges: parseUnicodeRange(range) });
			}
		}
		if (!faces.some((face) => face.family === family.name)) {
			throw new Error(`The font package ${family.packageName} has no .woff files for weights ${family.weights.join(', ')}; satori cannot read .woff2, so pick weights the package ships as .woff.`);
		}
	}
	return faces;
}
