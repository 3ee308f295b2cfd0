import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../../../..');

/**
 * Vite would quietly replace a `node:` module with an empty stub in the browser bundle, and the
 * verifier would fail only when a visitor used it; `astro:` modules do not exist outside Astro.
 */
it('the /verify/ page script and the verifier it loads import nothing Node-only or Astro-only', async () => {
	const seen = new Set<string>();
	const visit = async (file: string): Promise<void> => {
		if (seen.has(file)) return;
		seen.add(file);
		const source = await readFile(file, 'utf8');
		const specifiers = [...source.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'|import\('([^']+)'\)/gm)].map((match) => match[1] ?? match[2]!);
		for (const specifier of specifiers) {
			expect(specifier, `${path.relative(projectRoot, file)} imports ${specifier}`).not.toMatch(/^(node:|astro:)/);
			if (specifier.startsWith('.')) await visit(path.resolve(path.dirname(file), specifier));
		}
	};
	await visit(path.join(projectRoot, 'src/browser/verify-page.ts'));
	const files = [...seen].map((file) => path.relative(projectRoot, file));
	expect(files).toContain('src/openbadges/verify/verify-credential.ts');
	expect(files).toContain('src/openbadges/ob3/document-loader.ts');
});
