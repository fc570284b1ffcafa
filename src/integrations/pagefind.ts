/**
 * Builds the Pagefind search index after `astro build`, so `npm run build` is one step
 * and the index lands in <outDir>/pagefind/ next to the pages it describes. Uses the
 * Node API the way Starlight does (research/ecosystem.md §2.6): every response carries
 * `errors` that must be checked, and the indexing service is closed even on failure.
 *
 * In `astro dev` there is no index of the current pages (it is a build artifact), so the
 * dev server serves the last build's index if there is one; the search UI says so
 * otherwise (withastro/starlight#310, shishkin/astro-pagefind#8).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { registerSearchFeed } from '../lib/search/indexFeed';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** Every .html file under `dir`, relative, with forward slashes (Pagefind's own bundle left out). */
function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return rel === 'pagefind' ? [] : htmlFiles(dir, rel);
    return entry.name.endsWith('.html') ? [rel] : [];
  });
}

function check(step: string, errors: string[]) {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n  - ${errors.join('\n  - ')}`);
}

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

export default function pagefindIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  // The index of this build, opened when it starts, and the pages handed to it so far.
  let opened: Promise<Index> | undefined;
  const added: Promise<{ errors: string[] }>[] = [];
  const fed = new Set<string>();
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },

      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir, 'pagefind');
        const prefix = `${base}pagefind/`;
        if (existsSync(bundle)) logger.info(`Search in dev uses the last build's index (${bundle}).`);
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
          if (!path.startsWith(prefix)) return next();
          const file = normalize(join(bundle, path.slice(prefix.length)));
          if (!file.startsWith(bundle) || !existsSync(file) || !statSync(file).isFile()) return next();
          // Pagefind gzips its index files itself and unpacks them in the browser: send them as they are.
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-store');
          res.end(readFileSync(file));
        });
      },

      // Each page is indexed as soon as it is rendered (src/middleware.ts → lib/search/indexFeed.ts),
      // in Pagefind's own process, while Astro renders the next ones.
      'astro:build:start': () => {
        // Index chunks of half Pagefind's default size (20,000 word locations): a first search
        // downloads one chunk per first letter typed, and on a 1,000-article site this keeps a
        // two-word search near 110 KB instead of 135 KB (npm run bench:search). The setting is
        // marked unstable upstream (pagefind/src/options.rs); if it goes away, chunks are
        // simply bigger again. The service process Pagefind spawns inherits it.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= '10000';
        opened = pagefind.createIndex({}).then(({ index, errors }) => {
          check('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index.');
          return index;
        });
        // Reported at build:done, where the build waits for it.
        opened.catch(() => undefined);
        registerSearchFeed((url, content) => {
          fed.add(url);
          const adding = opened!.then((index) => index.addHTMLFile({ url, content }));
          adding.catch(() => undefined);
          added.push(adding);
        });
      },

      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        registerSearchFeed(undefined);
        try {
          const index = await (opened ?? Promise.reject(new Error('Pagefind was not opened at the start of the build.')));
          // Pages that did not come through the middleware: those the incremental build copied
          // from the last build unrendered, and any route that bypasses it. Read from dist/.
          for (const file of htmlFiles(site)) {
            const url = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
            if (fed.has(url)) continue;
            const content = readFileSync(join(site, file), 'utf8');
            if (content.includes('data-pagefind-body')) added.push(index.addHTMLFile({ url, content }));
          }
          const results = await Promise.all(added);
          check('addHTMLFile', results.flatMap((r) => r.errors));
          const pageCount = results.length;
          // An empty index means the article layout lost data-pagefind-body: fail loudly, not silently ship no search.
          if (pageCount === 0) throw new Error('Pagefind found no pages to index: no built page has data-pagefind-body.');
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          check('writeFiles', written.errors);
          const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const indexed = Object.entries(entry.languages).map(([lang, { page_count }]) => `${page_count} pages (${lang})`);
          logger.info(`Indexed ${indexed.join(', ')} into pagefind/ in ${Math.round(performance.now() - started)} ms after the last page.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
