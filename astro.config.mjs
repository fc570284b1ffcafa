// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { loadEnv } from 'vite';
import { externalLinksPlugin, sitePlugin } from './src/markdown/sitePlugin.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

// SITE_URL: the absolute address the site is served from (canonical URLs, sitemap).
// BASE_PATH: a sub-path such as /sciatica/ when the site does not live at the root.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
// The booking form posts (and, with JavaScript, fetches) to this origin: the CSP allows it and nothing else.
const bookingEndpoint = { ...loadEnv(process.env.NODE_ENV ?? 'production', process.cwd(), 'PUBLIC_'), ...process.env }.PUBLIC_BOOKING_ENDPOINT;
const bookingOrigin = URL.canParse(bookingEndpoint ?? '') ? new URL(/** @type {string} */ (bookingEndpoint)).origin : '';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Tests and benchmarks build into their own folders so they never race each other.
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  markdown: {
    processor: satteri({
      mdastPlugins: [sitePlugin({ base: base.endsWith('/') ? base : `${base}/`, sourcesDir: './content/sources' })],
      hastPlugins: [externalLinksPlugin()],
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
  // pagefindIndex last: it indexes the finished HTML into <outDir>/pagefind/.
  integrations: [mdx(), sitemap(), pagefindIndex()],
});
