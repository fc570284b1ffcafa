// @ts-check
import { defineConfig, envField } from 'astro/config';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { loadEnv } from 'vite';
import { accessibleMarkupPlugin, externalLinksPlugin, sitePlugin } from './src/markdown/sitePlugin.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import ogImages from './src/integrations/ogImages.ts';
import { bookingSetup } from './src/lib/booking/endpoint.ts';

// SITE_URL: the absolute address the site is served from (canonical URLs, sitemap).
// BASE_PATH: a sub-path such as /sciatica/ when the site does not live at the root.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
// The booking form posts (and, with JavaScript, fetches) to this origin: the CSP allows it and nothing else.
const bookingEndpoint = { ...loadEnv(process.env.NODE_ENV ?? 'production', process.cwd(), 'PUBLIC_'), ...process.env }.PUBLIC_BOOKING_ENDPOINT;
/**
 * Fails `astro build` (and `astro dev`) early when PUBLIC_BOOKING_ENDPOINT is not https (loopback
 * excepted), or is missing while content/practice/site.yaml takes bookings by form: a site must
 * never ship a form that posts nowhere. The rules live in src/lib/booking/endpoint.ts (unit-tested).
 * @returns {import('astro').AstroIntegration}
 */
function bookingEndpointCheck() {
  return {
    name: 'booking-endpoint-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' && command !== 'dev') return;
        const settings = parseYaml(readFileSync(new URL('./content/practice/site.yaml', import.meta.url), 'utf8'));
        const mode = settings?.booking?.mode === 'phone-only' ? 'phone-only' : 'form';
        try {
          bookingSetup({ endpoint: bookingEndpoint, mode, command });
        } catch (error) {
          throw new Error(`Booking form: ${error instanceof Error ? error.message : error}`);
        }
      },
    },
  };
}
const bookingOrigin = URL.canParse(bookingEndpoint ?? '') ? new URL(/** @type {string} */ (bookingEndpoint)).origin : '';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Stylesheets as files, never inlined: no inline <style> means no CSP hashes to keep in
  // step (Astro misses the styles of components used inside MDX), a strict style-src, and
  // CSS the browser caches across pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Tests and benchmarks build into their own folders so they never race each other.
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  markdown: {
    // No code blocks on a patient site; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: satteri({
      mdastPlugins: [sitePlugin({ base: base.endsWith('/') ? base : `${base}/`, sourcesDir: './content/sources' })],
      hastPlugins: [externalLinksPlugin(), accessibleMarkupPlugin()],
    }),
  },
  // Content-Security-Policy as a <meta> on every page, with a hash for every script and
  // style Astro inlines, so no 'unsafe-inline' is needed. public/_headers sends the
  // host-level policy (frame-ancestors and the other headers a <meta> cannot carry).
  // Pagefind compiles WebAssembly ('wasm-unsafe-eval') in a worker (worker-src blob:).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        `connect-src 'self'${bookingOrigin ? ` ${bookingOrigin}` : ''}`,
        `form-action 'self'${bookingOrigin ? ` ${bookingOrigin}` : ''}`,
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // The booking endpoint, read by /book/ through astro:env (checked by bookingEndpointCheck).
  env: {
    schema: {
      PUBLIC_BOOKING_ENDPOINT: envField.string({ context: 'client', access: 'public', optional: true }),
    },
  },
  // pagefindIndex last: it indexes the finished HTML into <outDir>/pagefind/.
  integrations: [
    bookingEndpointCheck(),
    mdx(),
    // /book/thanks/ is where a provider lands a visitor after a plain POST: not a page to find.
    sitemap({ filter: (page) => !page.includes('/book/thanks/') }),
    pagefindIndex(),
    // After Pagefind: draws share images while it indexes, and waits for them at the end.
    ogImages(),
  ],
});
