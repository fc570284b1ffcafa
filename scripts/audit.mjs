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
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import lighthouse from 'lighthouse';

const root = fileURLToPath(new URL('../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    port: { type: 'string' },
    pages: { type: 'string', default: '/,/causes/herniated-disc/,/search/,/book/' },
  },
});

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt']);

function freePort() {
  return new Promise((resolve) => {
    const server = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The `/*` headers of public/_headers, as a host would send them. */
function hostHeaders() {
  const headers = {};
  let inAll = false;
  for (const line of readFileSync(join(root, 'public/_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) inAll = line.trim() === '/*';
    else if (inAll) {
      const i = line.indexOf(':');
      headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return headers;
}

function serve(dir, port) {
  const headers = hostHeaders();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(normalize(dir))) file = join(dir, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const status = existsSync(file) ? 200 : 404;
    if (status === 404) file = join(dir, '404.html');
    const ext = extname(file);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(status, {
      ...headers,
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

function run(cmd, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => (code === 0 ? resolve(log) : reject(new Error(`${cmd} failed:\n${log.slice(-3000)}`))));
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
    await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_OUT_DIR: dist,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      SITE_URL: origin,
      // A loopback endpoint: the form is audited, nothing is sent.
      PUBLIC_BOOKING_ENDPOINT: `${origin}/f/audit`,
    });
  }
  server = await serve(dist, port);
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
  server?.close();
  rmSync(work, { recursive: true, force: true });
}
