import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a bare Astro project with `pages` trivial HTML pages and no integrations: what Astro
 * itself costs for that many routes on this machine, the floor our build is compared with. It
 * borrows the project's node_modules, so it builds with the very same Astro.
 */
export async function writeFloorSite(folder: string, projectRoot: string, pages: number): Promise<void> {
	await mkdir(path.join(folder, 'src/pages/p'), { recursive: true });
	await symlink(path.join(projectRoot, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
	await writeFile(path.join(folder, 'package.json'), JSON.stringify({ name: 'credfolio-floor', private: true, type: 'module' }));
	await writeFile(path.join(folder, 'astro.config.mjs'), `export default { site: 'https://floor.example.edu', trailingSlash: 'always' };\n`);
	await writeFile(
		path.join(folder, 'src/pages/p/[n].astro'),
		`---
export function getStaticPaths() {
	return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } }));
}
const { n } = Astro.params;
---
<html lang="en"><head><meta charset="utf-8"><title>Page {n}</title></head><body><h1>Page {n}</h1></body></html>
`,
	);
}
