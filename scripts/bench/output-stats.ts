import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** What a build wrote: files by kind, and their bytes as an object store bills them. */
export interface OutputStats {
	files: number;
	bytes: number;
	pages: number;
	images: number;
	/** HTML pages under /educators/: portfolios and award pages. */
	educatorPages: number;
}

export async function readOutputStats(dir: string): Promise<OutputStats> {
	const stats: OutputStats = { files: 0, bytes: 0, pages: 0, images: 0, educatorPages: 0 };
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		stats.files += 1;
		stats.bytes += (await stat(file)).size;
		if (entry.name.endsWith('.html')) {
			stats.pages += 1;
			if (path.relative(dir, file).startsWith(`educators${path.sep}`)) stats.educatorPages += 1;
		} else if (entry.name.endsWith('.png')) stats.images += 1;
	}
	return stats;
}
