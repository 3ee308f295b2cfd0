import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { SiteDataOwner } from '../data/site-data.ts';
import type { Settings } from '../settings/settings.ts';

/**
 * In `astro dev`, an edit to the catalog or to the earner export invalidates the site data and
 * every page rendered from it: the owner forgets its data, Astro's route cache (the props
 * `getStaticPaths` returned) is cleared, and the browser reloads. The next request reads the inputs
 * again, so every page shows the same, current catalog and export.
 */
export function watchInputs(settings: Readonly<Settings>, owner: SiteDataOwner): Plugin {
	return {
		name: 'credfolio:watch-inputs',
		apply: 'serve',
		configureServer(server) {
			const inputs = [settings.contentPath, settings.export.path].map((input) => path.resolve(server.config.root, input));
			server.watcher.add(inputs);
			const isInput = (file: string) => inputs.some((input) => file === input || file.startsWith(`${input}${path.sep}`));
			server.watcher.on('all', (_event, file) => {
				if (!isInput(path.resolve(file))) return;
				owner.invalidate();
				reloadPages(server);
			});
		},
	};
}

/** The `astro:content-changed` event is how Astro's own content layer clears the route cache of its dev server. */
function reloadPages(server: ViteDevServer): void {
	for (const [name, environment] of Object.entries(server.environments)) {
		if (name !== 'client') environment.hot.send('astro:content-changed', {});
	}
	server.environments.client.hot.send({ type: 'full-reload', path: '*' });
}
