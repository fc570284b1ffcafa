/**
 * Fails `astro build` when SITE_URL is not set: every canonical URL, the sitemap, the RSS feed,
 * share images and JSON-LD would otherwise point at localhost without a word. `astro dev` and
 * `astro preview` keep the local default. Unit-tested by calling the hook (tests/unit/config.test.ts).
 */
import type { AstroIntegration } from 'astro';

export function siteUrlCheck(env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'site-url-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && !env.SITE_URL) {
          throw new Error(
            'SITE_URL is not set. A built site needs its public address for canonical URLs, the sitemap, the RSS feed, share images and JSON-LD. Build with SITE_URL=https://your.site npm run build (for a local build: SITE_URL=http://localhost:4321).',
          );
        }
      },
    },
  };
}
