import { accessSync, constants } from 'node:fs';

/** Where Chromium (or Chrome, which drives the same way) usually lives, most specific first. */
export const usualChromiumPaths: readonly { path: string; from: string }[] = [
	{ path: '/usr/bin/chromium', from: 'Debian' },
	{ path: '/usr/bin/chromium-browser', from: 'Ubuntu or Fedora' },
	{ path: '/snap/bin/chromium', from: 'snap' },
	{ path: '/usr/lib64/chromium-browser/chromium-browser', from: 'Fedora' },
	{ path: '/Applications/Chromium.app/Contents/MacOS/Chromium', from: 'macOS' },
	{ path: '/usr/bin/google-chrome-stable', from: 'Google Chrome' },
	{ path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', from: 'Google Chrome on macOS' },
];

export interface FoundChromium {
	path: string;
	/** How it was found, for the one line the browser tests print. */
	source: string;
}

const isExecutable = (file: string): boolean => {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
};

/**
 * The Chromium the browser tests drive (playwright-core ships none): CHROMIUM_PATH, else the first
 * usual install path. Throws with install instructions when there is none.
 */
export function findChromium(env: Record<string, string | undefined> = process.env, canRun: (file: string) => boolean = isExecutable): FoundChromium {
	const chosen = env['CHROMIUM_PATH']?.trim();
	if (chosen) {
		if (!canRun(chosen)) throw new Error(`CHROMIUM_PATH is ${chosen}, but no executable is there; point it at a Chromium or Chrome executable, or unset it to use an installed one.`);
		return { path: chosen, source: 'CHROMIUM_PATH' };
	}
	const found = usualChromiumPaths.find((candidate) => canRun(candidate.path));
	if (found) return { path: found.path, source: `${found.from} install` };
	throw new Error(
		[
			'The browser tests need Chromium, but none was found. Install one:',
			'  Debian:  sudo apt-get install chromium',
			'  Ubuntu:  sudo snap install chromium',
			'  Fedora:  sudo dnf install chromium',
			'  macOS:   brew install --cask chromium',
			'or set CHROMIUM_PATH to a Chromium or Chrome executable. Looked in:',
			...usualChromiumPaths.map((candidate) => `  ${candidate.path}`),
		].join('\n'),
	);
}
