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
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './generate-corpus.mjs';
import { astroBuild } from './lib/astro-build.mjs';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000' }, keep: { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'sciatica-bench-'));

/**
 * Parts of the build, from Astro's log: share images (the sum of the og/*.png routes' times; they
 * are drawn ahead, so this is the time pages waited for them) and Pagefind.
 */
function parts(log) {
  const routes = [...log.matchAll(/\/og\/\S+\.png \(\+(\d+)ms\)/g)].map((m) => Number(m[1]));
  const og = routes.length ? routes.reduce((a, b) => a + b, 0) / 1000 : NaN;
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
    const env = { ASTRO_OUT_DIR: join(work, `dist-${count}`), ASTRO_CACHE_DIR: cache, SITE_URL: 'https://bench.example.com', PUBLIC_BOOKING_ENDPOINT: 'https://forms.example.com/f/bench' };
    const cold = await astroBuild(project, env, { timed: true });
    const warm = await astroBuild(project, env, { timed: true });
    const result = { count, cold, warm, coldParts: parts(cold.log), warmParts: parts(warm.log) };
    results.push(result);
    const figures = (kind, run, part) =>
      `${kind} ${fmt(run.seconds)} s (${fmt((run.seconds / count) * 1000, 1)} ms/article, CPU ${fmt(run.cpu, 1)} s, peak ${fmt(run.peakMb, 0)} MB; ` +
      `share images ${fmt(part.og)} s, Pagefind ${fmt(part.index)} s)`;
    console.log(
      `${String(count).padStart(5)} articles (${result.coldParts.pages} pages + ${count + 1} share images): ` +
        `${figures('cold', cold, result.coldParts)} · ${figures('warm', warm, result.warmParts)}`,
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
