// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { sitePlugin } from './src/markdown/sitePlugin.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

// SITE_URL: the absolute address the site is served from (canonical URLs, sitemap).
// BASE_PATH: a sub-path such as /sciatica/ when the site does not live at the root.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

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
    }),
  },
  // pagefindIndex last: it indexes the finished HTML into <outDir>/pagefind/.
  integrations: [mdx(), sitemap(), pagefindIndex()],
});
