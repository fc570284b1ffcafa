#!/usr/bin/env node
/**
 * npm run audit: Lighthouse (the npm package, with the system Chromium) on the home page,
 * an article, /search/ and /book/, mobile profile, and prints the four category scores of
 * each page plus every audit that kept a score below 100.
 *
 * The site is built into a temporary folder and served on loopback the way a static host
 * serves it: gzip, and the headers of public/_headers (CSP included). Nothing leaves the
 * machine.
 *
 *   npm run audit                      # build, serve, audit
 *   npm run audit -- --dist dist       # audit an existing build (SITE_URL must match --port)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { astroBuild, root } from './lib/astro-build.mjs';
import { serveDist } from './lib/static-server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    port: { type: 'string' },
    pages: { type: 'string', default: '/,/causes/herniated-disc/,/search/,/book/' },
  },
});

function freePort() {
  return new Promise((resolve) => {
    const server = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Headless Chromium with a DevTools port for Lighthouse; resolves with the port and a stop(). */
function launchChromium(profile) {
  return new Promise((resolve, reject) => {
    const child = spawn(CHROMIUM, [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ]);
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (match) resolve({ port: Number(match[1]), stop: () => child.kill() });
    });
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`Chromium exited (${code}):\n${err.slice(-2000)}`)));
  });
}

const work = mkdtempSync(join(tmpdir(), 'sciatica-audit-'));
const port = Number(values.port ?? (await freePort()));
const origin = `http://127.0.0.1:${port}`;
let server;
let chrome;
try {
  const dist = values.dist ? join(root, values.dist) : join(work, 'dist');
  if (!values.dist) {
    console.log(`Building the site for ${origin}/ …`);
    await astroBuild(root, {
      ASTRO_OUT_DIR: dist,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      SITE_URL: origin,
      // A loopback endpoint: the form is audited, nothing is sent.
      PUBLIC_BOOKING_ENDPOINT: `${origin}/f/audit`,
    });
  }
  // gzip and the build's _headers (CSP, and the long cache for /_astro/*), as a host sends them.
  server = await serveDist(dist, { port, gzip: true, hostHeaders: true });
  chrome = await launchChromium(join(work, 'profile'));

  const rows = [];
  for (const path of values.pages.split(',')) {
    const url = `${origin}${path}`;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      // Mobile is Lighthouse's default: Moto G Power screen, 4× CPU slowdown, slow 4G simulated.
      formFactor: 'mobile',
    });
    const { categories, audits } = result.lhr;
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    rows.push({ path, performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') });
    const weak = Object.values(categories)
      .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => audits[r.id]))
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable');
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
      .map((id) => `${audits[id]?.title}: ${audits[id]?.displayValue}`)
      .join(' · ');
    console.log(`\n${path}\n  ${metrics}`);
    for (const a of weak) console.log(`  below 100: ${a.id} (${Math.round(a.score * 100)}): ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''}`);
  }

  console.log('\nLighthouse, mobile profile (performance / accessibility / best practices / SEO):');
  for (const r of rows) {
    console.log(`  ${r.path.padEnd(28)} ${String(r.performance).padStart(3)}  ${String(r.accessibility).padStart(3)}  ${String(r['best-practices']).padStart(3)}  ${String(r.seo).padStart(3)}`);
  }
} finally {
  chrome?.stop();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
}
