// The configuration fails loudly: a build without SITE_URL stops before anything is built, and
// the content check runs before any integration reads content.
import { describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import { siteUrlCheck } from '../../src/integrations/siteUrlCheck';
import config from '../../astro.config.mjs';

const setup = (env: Record<string, string | undefined>, command: 'build' | 'dev' | 'preview') => () =>
  (siteUrlCheck(env).hooks['astro:config:setup'] as (options: unknown) => void)({ command });

describe('SITE_URL', () => {
  it('a build without it fails and says what to set', () => {
    expect(setup({}, 'build')).toThrow(/SITE_URL is not set\. .*canonical URLs, the sitemap, the RSS feed, share images and JSON-LD\. Build with SITE_URL=https:\/\/your\.site npm run build/);
    expect(setup({ SITE_URL: '' }, 'build')).toThrow(/SITE_URL is not set/);
  });
  it('a build with it, and dev or preview without it, go on', () => {
    expect(setup({ SITE_URL: 'https://clinic.example.org' }, 'build')).not.toThrow();
    expect(setup({}, 'dev')).not.toThrow();
    expect(setup({}, 'preview')).not.toThrow();
  });
  it('astro.config.mjs runs the content check first, then the SITE_URL and booking checks', () => {
    const names = (config.integrations as AstroIntegration[]).map((i) => i.name);
    expect(names.slice(0, 3)).toEqual(['content-check', 'site-url-check', 'booking-endpoint-check']);
  });
});
