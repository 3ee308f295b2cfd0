import { describe, expect, it } from 'vitest';
import { findChromium } from '../../e2e/support/find-chromium.ts';

const only = (...files: string[]) => (file: string) => files.includes(file);

describe('findChromium', () => {
	it('prefers CHROMIUM_PATH', () => {
		expect(findChromium({ CHROMIUM_PATH: '/opt/chromium/chrome' }, only('/opt/chromium/chrome', '/usr/bin/chromium'))).toEqual({ path: '/opt/chromium/chrome', source: 'CHROMIUM_PATH' });
	});

	it('refuses a CHROMIUM_PATH with nothing there rather than quietly using another browser', () => {
		expect(() => findChromium({ CHROMIUM_PATH: '/opt/missing' }, only('/usr/bin/chromium'))).toThrow(
			'CHROMIUM_PATH is /opt/missing, but no executable is there; point it at a Chromium or Chrome executable, or unset it to use an installed one.',
		);
	});

	it.each([
		['/usr/bin/chromium', 'Debian install'],
		['/usr/bin/chromium-browser', 'Ubuntu or Fedora install'],
		['/snap/bin/chromium', 'snap install'],
		['/Applications/Chromium.app/Contents/MacOS/Chromium', 'macOS install'],
	])('finds %s', (file, source) => {
		expect(findChromium({}, only(file))).toEqual({ path: file, source });
	});

	it('says how to install one when there is none', () => {
		expect(() => findChromium({}, only())).toThrow(
			[
				'The browser tests need Chromium, but none was found. Install one:',
				'  Debian:  sudo apt-get install chromium',
				'  Ubuntu:  sudo snap install chromium',
				'  Fedora:  sudo dnf install chromium',
				'  macOS:   brew install --cask chromium',
				'or set CHROMIUM_PATH to a Chromium or Chrome executable. Looked in:',
				'  /usr/bin/chromium',
				'  /usr/bin/chromium-browser',
				'  /snap/bin/chromium',
				'  /usr/lib64/chromium-browser/chromium-browser',
				'  /Applications/Chromium.app/Contents/MacOS/Chromium',
				'  /usr/bin/google-chrome-stable',
				'  /Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
			].join('\n'),
		);
	});
});
