#!/usr/bin/env node
/**
 * npm run bench: builds generated corpora of 100 and 1,000 articles (scripts/generate-corpus.mjs,
 * through the real schemas, layouts, share images and Pagefind) and prints, for each:
 * build + index time (cold: empty cache; warm: rebuilt with the cache of the first build),
 * time per article, CPU time, peak memory, the share-image and Pagefind parts (they run side
 * by side), and how it all grows
 * from 100 to 1,000. Target on a 2-core machine: 1,000 articles in under 12 s and 1 GB.
 *
 *   npm run bench                 # 100 and 1,000
 *   npm run bench -- --sizes 300  # other sizes
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from './generate-corpus.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000' }, keep: { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map(Number);
const TIME = '/usr/bin/time';
const work = mkdtempSync(join(tmpdir(), 'sciatica-bench-'));

/** One `astro build` of a project folder; wall time, peak RSS (GNU time) and the log. */
function build(project, outDir, cacheDir) {
  return new Promise((resolve, reject) => {
    const astro = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
    const useTime = existsSync(TIME);
    const started = performance.now();
    const child = spawn(useTime ? TIME : process.execPath, useTime ? ['-v', process.execPath, ...astro] : astro, {
      cwd: project,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_OUT_DIR: outDir,
        ASTRO_CACHE_DIR: cacheDir,
        SITE_URL: 'https://bench.example.com',
        PUBLIC_BOOKING_ENDPOINT: 'https://forms.example.com/f/bench',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`astro build failed in ${project}:\n${log.slice(-3000)}`));
      const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(log)?.[1] ?? NaN);
      const cpu = ['User', 'System'].reduce((sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(log)?.[1] ?? NaN), 0);
      resolve({ seconds, cpu, peakMb: rssKb / 1024, log });
    });
  });
}

/** Parts of the build, from Astro's log: share images and Pagefind (they run side by side). */
function parts(log) {
  const og = Number(/Drew \d+ share images into og\/ in (\d+) ms/.exec(log)?.[1] ?? NaN) / 1000;
  const index = Number(/Indexed .* in (\d+) ms/.exec(log)?.[1] ?? NaN) / 1000;
  const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN);
  return { og, index, pages };
}

const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const results = [];
console.log(`Bench on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}`);
console.log(`Corpora and builds in ${work}`);
// Other work on the machine slows every figure down; say how busy it was.
console.log(`Load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);

try {
  for (const count of sizes) {
    const project = join(work, `corpus-${count}`);
    writeCorpus(project, count);
    const cache = join(work, `cache-${count}`);
    const cold = await build(project, join(work, `dist-${count}`), cache);
    const warm = await build(project, join(work, `dist-${count}`), cache);
    const result = { count, cold, warm, coldParts: parts(cold.log), warmParts: parts(warm.log) };
    results.push(result);
    console.log(
      `${String(count).padStart(5)} articles (${result.coldParts.pages} pages + ${count + 1} share images): ` +
        `cold ${fmt(cold.seconds)} s (${fmt((cold.seconds / count) * 1000, 1)} ms/article, CPU ${fmt(cold.cpu, 1)} s, peak ${fmt(cold.peakMb, 0)} MB; ` +
        `share images ${fmt(result.coldParts.og)} s, Pagefind ${fmt(result.coldParts.index)} s) · ` +
        `warm ${fmt(warm.seconds)} s (${fmt((warm.seconds / count) * 1000, 1)} ms/article, CPU ${fmt(warm.cpu, 1)} s, peak ${fmt(warm.peakMb, 0)} MB; ` +
        `share images ${fmt(result.warmParts.og)} s, Pagefind ${fmt(result.warmParts.index)} s)`,
    );
  }

  if (results.length >= 2) {
    const [a, b] = [results[0], results.at(-1)];
    const factor = b.count / a.count;
    console.log(`\nGrowth ${a.count} → ${b.count} articles (×${factor}):`);
    for (const kind of ['cold', 'warm']) {
      const time = b[kind].seconds / a[kind].seconds;
      const perArticle = b[kind].seconds / b.count / (a[kind].seconds / a.count);
      console.log(
        `  ${kind}: time ×${fmt(time)} (${time <= factor ? 'no worse than linear' : 'WORSE than linear'}), ` +
          `per article ×${fmt(perArticle)}, peak memory ×${fmt(b[kind].peakMb / a[kind].peakMb)} (${fmt(a[kind].peakMb, 0)} → ${fmt(b[kind].peakMb, 0)} MB)`,
      );
    }
  }
  console.log(`Load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const big = results.find((r) => r.count === 1000);
  if (big) {
    const ok = (r) => r.seconds < 12 && r.peakMb < 1024;
    console.log(`\nTarget for 1,000 articles (< 12 s, < 1 GB): cold ${ok(big.cold) ? 'met' : 'MISSED'}, warm ${ok(big.warm) ? 'met' : 'MISSED'}.`);
  }
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
// Exits non-zero only if a build failed (thrown above): the figures are for reading, not asserting.
