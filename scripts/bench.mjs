#!/usr/bin/env node
/**
 * npm run bench: builds corpora of N articles through the real schemas, layouts, share images
 * and Pagefind, and prints for each size: the cold build (empty caches) and a warm rebuild after
 * editing one article (caches kept, as a host's build cache or a second `npm run build` does),
 * time per article, CPU, peak memory, the share-image and Pagefind tails, and how it grows
 * from the smallest size to the largest.
 *
 *   npm run bench                                  # 100 and 1,000 generated (short) articles: the fast default
 *   npm run bench -- --sizes 300                   # other sizes
 *   npm run bench -- --corpus shared --sizes 1000  # the benchmark kit's articles (../shared/bench), ~1,100 words each
 *   npm run bench -- --corpus shared --sizes 1000,10000 --anchors no
 *
 * With `--corpus shared`, when the kit's anchor sites are prepared for a size
 * (bash ../shared/bench/prepare-anchors.sh 1000), it also times this site, Astro's blog example
 * and Starlight side by side, interleaved, in one run (the kit's side-by-side.mjs, `--runs`
 * each, 3 by default) and prints the ratios against the targets of issue 14. `--anchors no`
 * skips that. Only ratios from one interleaved run mean anything on a busy machine.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './generate-corpus.mjs';
import { astroBuild, root } from './lib/astro-build.mjs';
import { anchorSites, benchKit, writeSharedCorpus } from './lib/shared-corpus.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000' },
    corpus: { type: 'string', default: 'generated' },
    anchors: { type: 'string', default: 'auto' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (!['generated', 'shared'].includes(values.corpus)) throw new Error('--corpus is generated or shared');
const work = mkdtempSync(join(tmpdir(), 'sciatica-bench-'));
const ENV = { SITE_URL: 'https://bench.example.com', PUBLIC_BOOKING_ENDPOINT: 'https://forms.example.com/f/bench' };

/** Parts of the build, from its log. */
function parts(log) {
  const ms = (re) => Number(re.exec(log)?.[1] ?? NaN) / 1000;
  return {
    pages: Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN),
    rendered: (log.match(/\.(html|xml|json|txt|svg) \(\+[\d.]+m?s\)/g) ?? []).length,
    restored: (log.match(/\(restored\)/g) ?? []).length,
    ogDrawn: Number(/Drawing (\d+) share images/.exec(log)?.[1] ?? NaN),
    // What the end of the build still waited for once the pages were done.
    ogWait: ms(/share images into og\/ \((\d+) ms waiting/),
    index: ms(/Indexed .* in (\d+) ms/),
  };
}

/** Adds a sentence to the first article of the corpus: the edit of the warm rebuild. */
function editOneArticle(project) {
  const folder = join(project, 'content', 'causes');
  const file = join(folder, readdirSync(folder).filter((n) => n.endsWith('.md')).sort()[0]);
  appendFileSync(file, `\nEdited for the benchmark at ${new Date().toISOString()}.\n`);
}

const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const results = [];
console.log(`Bench on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}`);
console.log(`Corpus: ${values.corpus === 'shared' ? `the benchmark kit's articles (${benchKit()})` : 'generated (scripts/generate-corpus.mjs)'}; builds in ${work}`);
// Other work on the machine slows every figure down; say how busy it was.
console.log(`Load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);

/** The kit's interleaved side-by-side of this site and the two anchors, cold; its table and our ratios. */
function sideBySide(project, count, anchors) {
  const clean = 'rm -rf dist .astro node_modules/.astro node_modules/.vite';
  const env = Object.entries({ ...ENV, ASTRO_OUT_DIR: join(work, `sbs-dist-${count}`), ASTRO_CACHE_DIR: join(work, `sbs-cache-${count}`), ASTRO_TELEMETRY_DISABLED: '1' })
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const cmds = [
    `site=cd ${project} && rm -rf ${join(work, `sbs-dist-${count}`)} ${join(work, `sbs-cache-${count}`)} && ${env} ${process.execPath} ${astro} build`,
    `blog=cd ${anchors.blog} && ${clean} && npm run build`,
    `starlight=cd ${anchors.starlight} && ${clean} && npm run build`,
  ];
  console.log(`\nSide by side at ${count} articles, ${values.runs} interleaved cold runs each (kit's side-by-side.mjs)…`);
  const run = spawnSync(process.execPath, [join(benchKit(), 'side-by-side.mjs'), '--runs', values.runs, ...cmds.flatMap((c) => ['--cmd', c])], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`side-by-side failed:\n${run.stderr}${run.stdout}`);
  console.log(run.stdout.trim());
  const rows = Object.fromEntries(
    run.stdout
      .split('\n')
      .map((l) => l.split('\t'))
      .filter((c) => c.length === 5 && Number.isFinite(Number(c[1])))
      .map(([name, wall, , mib]) => [name, { wall: Number(wall), mib: Number(mib) }]),
  );
  const vsBlog = rows.site.wall / rows.blog.wall;
  const vsStarlight = rows.site.wall / rows.starlight.wall;
  console.log(
    `site / blog ${fmt(vsBlog)} (target ≤ 0.80: ${vsBlog <= 0.8 ? 'met' : 'MISSED'}), site / Starlight ${fmt(vsStarlight)} (target ≤ 0.50: ${vsStarlight <= 0.5 ? 'met' : 'MISSED'}), ` +
      `site peak ${fmt(rows.site.mib, 0)} MiB (target < 1024: ${rows.site.mib < 1024 ? 'met' : 'MISSED'})`,
  );
}

try {
  for (const count of sizes) {
    const project = join(work, `corpus-${count}`);
    if (values.corpus === 'shared') console.log(writeSharedCorpus(project, count));
    else writeCorpus(project, count);
    const env = { ...ENV, ASTRO_OUT_DIR: join(work, `dist-${count}`), ASTRO_CACHE_DIR: join(work, `cache-${count}`) };
    const cold = await astroBuild(project, env, { timed: true });
    editOneArticle(project);
    const warm = await astroBuild(project, env, { timed: true });
    const result = { count, cold, warm, coldParts: parts(cold.log), warmParts: parts(warm.log) };
    results.push(result);
    const figures = (kind, run, part) =>
      `${kind} ${fmt(run.seconds)} s (${fmt((run.seconds / count) * 1000, 1)} ms/article, CPU ${fmt(run.cpu, 1)} s, peak ${fmt(run.peakMb, 0)} MB; ` +
      `${part.rendered} rendered, ${part.restored} copied from the last build, ${part.ogDrawn} share images drawn, ` +
      `then waited ${fmt(part.ogWait)} s for share images and ${fmt(part.index)} s for Pagefind)`;
    console.log(`${String(count).padStart(5)} articles, ${result.coldParts.pages} pages + ${count + 1} share images:`);
    console.log(`  ${figures('cold', cold, result.coldParts)}`);
    console.log(`  ${figures('warm, one article edited', warm, result.warmParts)}`);
    console.log(`  warm / cold ${fmt((100 * warm.seconds) / cold.seconds, 0)} % (target < 40 %: ${warm.seconds < 0.4 * cold.seconds ? 'met' : 'MISSED'})`);
    if (count >= 10000) {
      console.log(`  ${count} articles: cold ${cold.seconds < 100 ? 'under' : 'OVER'} 100 s, peak ${cold.peakMb < 2.5 * 1024 ? 'under' : 'OVER'} 2.5 GiB`);
    }
    const anchors = values.corpus === 'shared' && values.anchors !== 'no' ? anchorSites(count) : undefined;
    if (anchors) sideBySide(project, count, anchors);
    else if (values.corpus === 'shared' && values.anchors !== 'no') console.log(`  (no anchors prepared for ${count}: bash ${benchKit()}/prepare-anchors.sh ${count})`);
    if (!values.keep) rmSync(join(work, `dist-${count}`), { recursive: true, force: true });
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
          `per article ×${fmt(perArticle)} (${fmt((a[kind].seconds / a.count) * 1000, 1)} → ${fmt((b[kind].seconds / b.count) * 1000, 1)} ms), ` +
          `peak memory ×${fmt(b[kind].peakMb / a[kind].peakMb)} (${fmt(a[kind].peakMb, 0)} → ${fmt(b[kind].peakMb, 0)} MB)`,
      );
    }
  }
  console.log(`Load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
// Exits non-zero only if a build failed (thrown above): the figures are for reading, not asserting.
