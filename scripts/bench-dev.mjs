#!/usr/bin/env node
/**
 * npm run bench:dev: how long `astro dev` takes to show an edit. Starts the dev server on a
 * corpus of N articles (the benchmark kit's when it is there, else generated), opens an article,
 * then several times: adds a sentence to its Markdown file and asks for the page every 20 ms
 * until the sentence is in it. Prints each delay (file written → page with the change served)
 * and the median. Target (issue 14): under 1 s at 1,000 articles.
 *
 *   npm run bench:dev                         # 1,000 articles, 5 edits
 *   npm run bench:dev -- --count 100 --edits 3
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './generate-corpus.mjs';
import { root } from './lib/astro-build.mjs';
import { benchKit, writeSharedCorpus } from './lib/shared-corpus.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    edits: { type: 'string', default: '5' },
    port: { type: 'string', default: '4399' },
    corpus: { type: 'string', default: 'auto' },
  },
});
const count = Number(values.count);
const work = mkdtempSync(join(tmpdir(), 'sciatica-bench-dev-'));
const project = join(work, `corpus-${count}`);
let shared = values.corpus === 'shared';
if (values.corpus === 'auto') {
  try {
    benchKit();
    shared = true;
  } catch {
    shared = false;
  }
}
if (shared) writeSharedCorpus(project, count);
else writeCorpus(project, count);

const folder = join(project, 'content', 'causes');
const slug = readdirSync(folder).filter((n) => n.endsWith('.md')).sort()[0].replace(/\.md$/, '');
// The port Astro reports (it takes the next free one when --port is busy).
const url = () => `http://127.0.0.1:${/Local\s+http:\/\/[^:]+:(\d+)/.exec(log)?.[1] ?? values.port}/causes/${slug}/`;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', values.port, '--host', '127.0.0.1'], {
  cwd: project,
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ASTRO_CACHE_DIR: join(work, 'cache') },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
server.stdout.on('data', (d) => (log += d));
server.stderr.on('data', (d) => (log += d));

async function page() {
  const response = await fetch(url()).catch(() => undefined);
  return response?.ok ? response.text() : undefined;
}

try {
  console.log(`astro dev on ${count} ${shared ? "kit's" : 'generated'} articles (${project}); load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const started = performance.now();
  while (!(await page())) {
    if (server.exitCode !== null) throw new Error(`astro dev stopped:\n${log.slice(-2000)}`);
    if (performance.now() - started > 300_000) throw new Error(`no page after 300 s:\n${log.slice(-2000)}`);
    await sleep(200);
  }
  console.log(`${url()}: server up and first page served in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // A second request: the page's modules are compiled now, as they are while an editor works.
  await page();
  const delays = [];
  for (let i = 0; i < Number(values.edits); i++) {
    const marker = `Benchmark edit ${i} ${Date.now()}.`;
    const written = performance.now();
    appendFileSync(join(folder, `${slug}.md`), `\n${marker}\n`);
    for (;;) {
      if ((await page())?.includes(marker)) break;
      if (performance.now() - written > 60_000) throw new Error(`edit ${i} not shown after 60 s:\n${log.slice(-2000)}`);
      await sleep(20);
    }
    delays.push(performance.now() - written);
    console.log(`  edit ${i + 1}: shown after ${Math.round(delays.at(-1))} ms`);
    await sleep(500);
  }
  const m = median(delays);
  console.log(`Median ${Math.round(m)} ms from saving the file to the page with the change (target < 1,000 ms: ${m < 1000 ? 'met' : 'MISSED'})`);
} finally {
  server.kill('SIGINT');
  await sleep(1500);
  await sleep(300);
  rmSync(work, { recursive: true, force: true });
}
