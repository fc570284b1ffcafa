#!/usr/bin/env node
/**
 * `npm start`: the whole site on this machine, booking included, without an account anywhere.
 *   1. starts the local booking inbox (scripts/booking-inbox.mjs) on a loopback port;
 *   2. builds the site with PUBLIC_BOOKING_ENDPOINT pointing at it;
 *   3. serves the build with `astro preview` and prints the addresses;
 *   4. with the content editor at /admin/ against this folder (decap-server, as `npm run admin`).
 * Ctrl-C stops everything. PORT (default 4321) and BOOKING_INBOX_PORT (default 8787) change the ports;
 * ASTRO_OUT_DIR and BASE_PATH are honoured as in any build.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startInbox } from './booking-inbox.mjs';
import { startCmsProxy } from './admin.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** The first free port from `preferred` on (a second `npm start` does not collide with the first). */
async function freePort(preferred, host) {
  for (let port = preferred; port < preferred + 20; port++) {
    const free = await new Promise((done) => {
      const probe = createServer().once('error', () => done(false));
      probe.listen(port, host, () => probe.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${preferred} and ${preferred + 19}.`);
}

const children = new Set();
function run(args, env, { quietUntilDone = false } = {}) {
  return spawn(process.execPath, [astro, ...args], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: quietUntilDone ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
}

const sitePort = await freePort(Number(process.env.PORT || 4321), '127.0.0.1');
const base = process.env.BASE_PATH || '/';
const siteUrl = `http://localhost:${sitePort}`;
const bookUrl = new URL(`${base.replace(/\/?$/, '/')}book/`, siteUrl).href;
// A plain (JavaScript-off) POST lands on the site's thank-you page, as with a provider's redirect.
const inbox = await startInbox({ port: await freePort(Number(process.env.BOOKING_INBOX_PORT || 8787), '127.0.0.1'), thanksUrl: `${bookUrl}thanks/` });

const cms = await startCmsProxy({ quiet: true });

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  cms.close();
  await inbox.close();
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

console.log(`Local booking inbox on ${inbox.url}. Building the site against it…`);
const env = { PUBLIC_BOOKING_ENDPOINT: inbox.endpoint, SITE_URL: siteUrl, CMS_LOCAL_BACKEND: cms.api };
const build = run(['build'], env, { quietUntilDone: true });
children.add(build);
let buildLog = '';
build.stdout.on('data', (d) => (buildLog += d));
build.stderr.on('data', (d) => (buildLog += d));
const buildCode = await new Promise((done) => build.on('close', done));
children.delete(build);
if (buildCode !== 0) {
  console.error(buildLog.slice(-6000));
  console.error('\nThe build failed (above). Fix it and run npm start again.');
  await stop(1);
}
console.log(buildLog.split('\n').filter((l) => /page\(s\) built|Indexed/.test(l)).join('\n'));

const preview = run(['preview', '--host', '127.0.0.1', '--port', String(sitePort)], env, { quietUntilDone: true });
children.add(preview);
preview.stderr.on('data', (d) => process.stderr.write(d));
preview.stdout.on('data', (d) => {
  // Print our own summary once the preview server is up, then pass its log through.
  if (!preview.announced && /127\.0\.0\.1|localhost/.test(String(d))) {
    preview.announced = true;
    console.log(`
  Site:            ${siteUrl}${base}
  Booking form:    ${bookUrl}
  Booking inbox:   ${inbox.url}/  (requests print here too, and are saved in ${inbox.file})
  Content editor:  ${siteUrl}${base.replace(/\/?$/, '/')}admin/  (saves to content/ here; commit with git)

  Press Ctrl-C to stop.`);
  }
});
preview.on('close', (code) => {
  if (!stopping) {
    console.error(`astro preview stopped (exit ${code}).`);
    void stop(code ?? 1);
  }
});
