// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { loadEnv } from 'vite';
import { citationsPlugin } from './src/markdown/citations.ts';
import { tokensPlugin } from './src/markdown/tokens.ts';
import { baseLinksPlugin, externalLinksPlugin } from './src/markdown/links.ts';
import { accessibleMarkupPlugin } from './src/markdown/a11y.ts';
import contentCheck from './src/integrations/contentCheck.ts';
import { siteUrlCheck } from './src/integrations/siteUrlCheck.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import adminArea from './src/integrations/admin.ts';
import shareImages from './src/integrations/shareImages.ts';
import brandTheme from './src/integrations/brand.ts';
import { productionCheck } from './src/integrations/productionCheck.ts';
import languages, { publishedLanguages } from './src/integrations/languages.ts';
import { OTHER_LANGUAGES } from './src/i18n/locales.ts';
// Fails the build when the booking form would post nowhere or in the clear (unit-tested).
import { bookingEndpointCheck } from './src/integrations/bookingEndpointCheck.ts';

// SITE_URL: the absolute address the site is served from (canonical URLs, sitemap).
// BASE_PATH: a sub-path such as /sciatica/ when the site does not live at the root.
// `astro build` without SITE_URL fails (src/integrations/siteUrlCheck.ts): every canonical URL, the sitemap,
// the RSS feed, share images and JSON-LD would silently point at localhost.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
// The booking form posts (and, with JavaScript, fetches) to this origin: the CSP allows it and nothing else.
const bookingEndpoint = { ...loadEnv(process.env.NODE_ENV ?? 'production', process.cwd(), 'PUBLIC_'), ...process.env }.PUBLIC_BOOKING_ENDPOINT;
const baseWithSlash = base.endsWith('/') ? base : `${base}/`;
// The languages site.yaml publishes besides English (otherLanguages), for the sitemap's alternates.
const others = publishedLanguages(process.cwd());
const sitemapLocales = { en: 'en-US', ...Object.fromEntries(others.map((l) => [OTHER_LANGUAGES[l].path, OTHER_LANGUAGES[l].locale])) };
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
  // A rebuild copies each article page whose cacheKey (src/data/pageCacheKey.ts) and route code
  // are unchanged from the last build, kept in cacheDir (node_modules/.astro, which hosts'
  // build caches keep). ASTRO_INCREMENTAL=0 turns it off.
  experimental: { incrementalBuild: process.env.ASTRO_INCREMENTAL === '1' },
  markdown: {
    // No code blocks on a patient site; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: satteri({
      mdastPlugins: [tokensPlugin({ base: baseWithSlash }), citationsPlugin({ base: baseWithSlash }), baseLinksPlugin({ base: baseWithSlash })],
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
    // First: content is checked before any loader reads it, and a build without SITE_URL stops.
    contentCheck(),
    siteUrlCheck(),
    bookingEndpointCheck({ endpoint: bookingEndpoint }),
    // PRODUCTION=true (the deploy workflow): no demo or placeholder settings, no page past its review date.
    productionCheck({ PRODUCTION: process.env.PRODUCTION, SITE_URL: process.env.SITE_URL, PUBLIC_BOOKING_ENDPOINT: bookingEndpoint }),
    // The practice's colours and font from site.yaml, as bundled CSS (virtual:brand.css).
    brandTheme(),
    // Spanish (and any other language site.yaml names) under /es/: the same templates, translated content.
    languages(),
    // Share images drawn ahead, in a worker thread, from the titles the content check read.
    shareImages(),
    mdx(),
    // /book/thanks/ is where a provider lands a visitor after a plain POST: not a page to find.
    // Each page lists its other-language twin (xhtml:link hreflang) when the site has more than English.
    sitemap({
      filter: (page) => !page.includes('/book/thanks/') && !/\/404\/?$/.test(page),
      ...(others.length ? { i18n: { defaultLocale: 'en', locales: sitemapLocales } } : {}),
    }),
    // /admin/: the content editor (Decap CMS), written after the pages; no route, so in no sitemap or index.
    adminArea(),
    pagefindIndex(),
  ],
});
