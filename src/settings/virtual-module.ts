import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { toPageSettings, type Settings } from './settings.ts';

const SETTINGS_MODULE = 'virtual:credfolio/settings';
const CONTENT_MODULE = 'virtual:credfolio/content';

/**
 * Serves `virtual:credfolio/settings` to routes: the page settings (`toPageSettings`), frozen, with
 * the base-aware `href` and `url` of src/paths.ts bound to them, and to the content collections the
 * catalog folder. It is the only way code Vite loads reads settings,
 * and it carries nothing secret, since it is compiled into the page bundle.
 */
export function settingsModule(settings: Settings): Plugin {
	const paths = JSON.stringify(fileURLToPath(new URL('../paths.ts', import.meta.url)));
	const code = `import { siteUrls } from ${paths};\nconst freeze = (value) => { for (const child of Object.values(value)) if (child && typeof child === 'object') freeze(child); return Object.freeze(value); };\nexport const settings = freeze(${JSON.stringify(toPageSettings(settings))});\nexport const { href, url } = siteUrls(settings.location);\n`;
	// The content collections get a module of their own, so the catalog's config does not pull the routes' modules in.
	const modules = new Map([
		[`\0${SETTINGS_MODULE}`, code],
		[`\0${CONTENT_MODULE}`, `export const contentPath = ${JSON.stringify(settings.contentPath)};\n`],
	]);
	return {
		name: 'credfolio:settings-module',
		resolveId: (id) => (id === SETTINGS_MODULE || id === CONTENT_MODULE ? `\0${id}` : undefined),
		load: (id) => modules.get(id),
	};
}
