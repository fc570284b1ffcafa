#!/usr/bin/env node
/**
 * npm run bench:search — what search costs a visitor, measured in headless Chromium on
 * loopback, for the real site and for a generated 1,000-article corpus
 * (scripts/generate-corpus.mjs):
 *   - index size on disk (the files a search can fetch, not Pagefind's unused UIs); the Spanish
 *     pages (/es/) are measured next to the English ones, each searching its own language's index;
 *   - bytes fetched by a first search on an article page (gzip on the wire for text, as any
 *     static host serves it; Pagefind's index files are already compressed), UI included:
 *     the loader that ships with the page plus everything fetched after the box is focused;
 *   - time from the last keystroke to the first result on screen (next animation frame after
 *     the results are in the DOM), typed at 80 ms per key, cold (new browser context) and warm.
 *
 *   node scripts/bench-search.mjs [--count 1000] [--runs 5] [--site-dist DIR] [--skip-corpus]
 *
 * Prints figures only: timings depend on the machine, so nothing here is a pass/fail test.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { writeCorpus } from './generate-corpus.mjs';
import { astroBuild, root } from './lib/astro-build.mjs';
import { serveDist } from './lib/static-server.mjs';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    'site-dist': { type: 'string' },
    'corpus-dist': { type: 'string' },
    'skip-corpus': { type: 'boolean', default: false },
    work: { type: 'string', default: join(tmpdir(), 'bench-search') },
  },
});
const RUNS = Number(args.runs);
const KEY_DELAY_MS = 80;

/** Builds the site or the corpus; the page count and indexing time come from the Pagefind step's log line. */
async function build(cwd, outDir) {
  const { seconds, log } = await astroBuild(cwd, {
    ASTRO_OUT_DIR: outDir,
    ASTRO_CACHE_DIR: `${outDir}-cache`,
    PUBLIC_BOOKING_ENDPOINT: process.env.PUBLIC_BOOKING_ENDPOINT || 'http://127.0.0.1:9/f/bench',
    SITE_URL: process.env.SITE_URL || 'https://bench.example.com',
  });
  const indexed = /Indexed (\d+) pages[^\n]* in (\d+) ms/.exec(log);
  return { seconds, pages: Number(indexed?.[1] ?? 0), indexMs: Number(indexed?.[2] ?? 0) };
}

/** Pagefind files a search can fetch (its other UIs are written too, but this site never loads them). */
function indexSize(dist, lang = '') {
  const dir = join(dist, 'pagefind');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && !/pagefind-(ui|component-ui|modular-ui|highlight|worker)\.|wasm\.unknown/.test(f.name))
    .map((f) => statSync(join(f.parentPath, f.name)).size);
  const words = join(dist, lang, 'search', 'words.json');
  return { bytes: files.reduce((a, b) => a + b, 0), files: files.length, vocabularyGz: existsSync(words) ? gzipSync(readFileSync(words)).length : 0 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One visitor: opens an article, focuses the box, types the query; returns bytes and timings. */
async function visit(browser, url, queries) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  let phase = 'page';
  const bytes = { page: 0, search: 0, later: 0, loader: 0 };
  const searchFiles = [];
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, phase }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    bytes[r.phase] += e.encodedDataLength;
    if (r.phase === 'search') searchFiles.push([new URL(r.url).pathname, e.encodedDataLength]);
    else if (/\/_astro\/.*\.js$/.test(r.url)) bytes.loader = (bytes.loader ?? 0) + e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const timings = [];
  phase = 'search';
  await page.focus('#site-search-q');
  for (const [i, query] of queries.entries()) {
    if (i > 0) await page.fill('#site-search-q', '');
    await page.evaluate((q) => {
      const input = document.querySelector('#site-search-q');
      const panel = document.querySelector('[data-search-panel]');
      window.__bench = { last: 0, shown: 0 };
      input.addEventListener('keydown', () => (window.__bench.last = performance.now()));
      new MutationObserver(() => {
        if (panel.dataset.query === q && !window.__bench.shown) {
          requestAnimationFrame(() => (window.__bench.shown = performance.now()));
        }
      }).observe(panel, { attributes: true, attributeFilter: ['data-query'] });
    }, query);
    await page.keyboard.type(query, { delay: KEY_DELAY_MS });
    await page.waitForFunction(() => window.__bench.shown > 0, null, { timeout: 15_000 });
    const { last, shown } = await page.evaluate(() => window.__bench);
    const results = await page.$$eval('[data-search-panel] .sr-result', (r) => r.length);
    timings.push({ query, ms: shown - last, results });
    // The first search is over once the list has filled up (it does after a short pause).
    if (i === 0) await page.waitForTimeout(1_000);
    if (i === 0) phase = 'later';
  }
  await context.close();
  return { bytes, searchFiles, timings };
}

async function measure(label, dist, articlePath, queries, browser, lang = '') {
  const size = indexSize(dist, lang);
  // Like a CDN: text gzipped at the highest level, Pagefind's own compressed files as they are.
  const server = await serveDist(dist, { gzip: { level: 9, threshold: 0 } });
  const { url } = server;
  try {
    const cold = [];
    for (const query of queries) for (let i = 0; i < RUNS; i++) cold.push(await visit(browser, url + articlePath, [query, ...queries.filter((q) => q !== query).slice(0, 1)]));
    const first = cold.map((v) => v.bytes.search + (v.bytes.loader ?? 0));
    console.log(`\n## ${label}`);
    console.log(`index: ${(size.bytes / 1024).toFixed(1)} KB in ${size.files} files (Pagefind JS + WASM + index + fragments); typo vocabulary ${(size.vocabularyGz / 1024).toFixed(1)} KB gzipped, fetched only when a word matches no page`);
    console.log(`first search, bytes fetched (gzip, UI included): median ${(median(first) / 1024).toFixed(1)} KB, max ${(Math.max(...first) / 1024).toFixed(1)} KB`);
    const sample = cold[0];
    console.log(`  of which the loader on every page: ${((sample.bytes.loader ?? 0) / 1024).toFixed(1)} KB; files of one first search (“${queries[0]}”):`);
    const kinds = new Map();
    for (const [path, n] of sample.searchFiles) {
      const kind = path.includes('/fragment/') ? 'result fragments' : path.includes('/index/') ? 'index chunks' : path.replace(/[._][A-Za-z0-9_-]{8,}\./, '.*.');
      const k = kinds.get(kind) ?? { n: 0, bytes: 0 };
      kinds.set(kind, { n: k.n + 1, bytes: k.bytes + n });
    }
    for (const [kind, { n, bytes }] of kinds) console.log(`    ${(bytes / 1024).toFixed(1).padStart(6)} KB  ${kind}${n > 1 ? ` (${n} files)` : ''}`);
    for (const query of queries) {
      const kb = cold.filter((v) => v.timings[0].query === query).map((v) => (v.bytes.search + v.bytes.loader) / 1024);
      console.log(`first search “${query}”: ${median(kb).toFixed(1)} KB fetched`);
    }
    for (const query of queries) {
      const coldMs = cold.filter((v) => v.timings[0].query === query).map((v) => v.timings[0].ms);
      const warmMs = cold.filter((v) => v.timings[1]?.query === query).map((v) => v.timings[1].ms);
      const results = cold.find((v) => v.timings[0].query === query)?.timings[0].results;
      console.log(
        `last keystroke → first result, “${query}” (${results} shown): first search median ${median(coldMs).toFixed(0)} ms (max ${Math.max(...coldMs).toFixed(0)})` +
          (warmMs.length ? `, later searches median ${median(warmMs).toFixed(0)} ms` : ''),
      );
    }
  } finally {
    await server.close();
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
try {
  console.log(`# Search benchmark (headless Chromium, loopback, ${RUNS} cold runs per query, typing ${KEY_DELAY_MS} ms per key)`);
  let siteDist = args['site-dist'];
  if (!siteDist) {
    siteDist = join(args.work, 'site-dist');
    rmSync(siteDist, { recursive: true, force: true });
    const b = await build(root, siteDist);
    console.log(`\nsite built in ${b.seconds.toFixed(1)} s; ${b.pages} pages indexed in ${b.indexMs} ms`);
  }
  await measure('The site', siteDist, 'causes/herniated-disc/', ['slipped disc', 'pins and needles', 'siatica'], browser);
  // Spanish pages search their own index (Pagefind keeps one per language); the index size is both languages'.
  if (existsSync(join(siteDist, 'es'))) await measure('The site in Spanish', siteDist, 'es/causes/herniated-disc/', ['hernia de disco', 'hormigueo', 'ciatica'], browser, 'es');

  if (!args['skip-corpus']) {
    const count = Number(args.count);
    let dist = args['corpus-dist'];
    if (!dist) {
      const corpus = join(args.work, `corpus-${count}`);
      writeCorpus(corpus, count, 20261123);
      // Inside the corpus copy: Astro's prerender chunks resolve packages from the output's location.
      dist = join(corpus, 'dist');
      const b = await build(corpus, dist);
      console.log(`\n${count}-article corpus (scripts/generate-corpus.mjs) built in ${b.seconds.toFixed(1)} s; ${b.pages} pages indexed in ${b.indexMs} ms`);
    }
    const article = readdirSync(join(dist, 'causes')).find((d) => d.startsWith('gen-'));
    await measure(`${count}-article corpus`, dist, `causes/${article}/`, ['piriformis', 'sleeping on your side', 'numbnes groin'], browser);
  }
} finally {
  await browser.close();
}
console.log(`\n(work folder: ${relative(process.cwd(), args.work) || args.work})`);
