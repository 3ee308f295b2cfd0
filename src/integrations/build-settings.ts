import type { AstroIntegration } from 'astro';
import { checkProductionSettings } from '../site/production-check.ts';
import { localSiteUrlWarning, resolveSiteUrl } from '../site/site-url.ts';

/**
 * Checks the build's environment before anything is built: a production build missing a setting
 * stops here, leaving `dist/` untouched; a local build without SITE_URL says once where its links point.
 * Must be the first integration.
 */
export function buildSettings(env: Record<string, string | undefined> = process.env): AstroIntegration {
	return {
		name: 'credfolio:build-settings',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command !== 'build') return;
				checkProductionSettings(env);
				if (resolveSiteUrl(env).local) logger.warn(localSiteUrlWarning);
			},
		},
	};
}
