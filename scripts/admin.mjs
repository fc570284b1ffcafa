#!/usr/bin/env node
/**
 * `npm run admin`: the content editor (/admin/, Decap CMS) on this machine, without any account.
 *   1. starts decap-server, Decap's local proxy, which reads and writes the files of content/
 *      in this folder (the working tree: nothing is committed; commit with git as usual);
 *   2. builds the site with CMS_LOCAL_BACKEND pointing at it (src/integrations/admin.ts), so
 *      /admin/ talks to the proxy and its CSP allows that one address;
 *   3. serves the build and prints the editor's address.
 * A saved page is in content/ at once; `npm run dev` beside it shows it as a page. Ctrl-C stops.
 * PORT (default 4322) and CMS_PROXY_PORT (default 8081, Decap's own default) change the ports.
 * Also exports startCmsProxy() for `npm start` and the tests.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The first free port on 127.0.0.1 from `preferred` on. */
export async function freePort(preferred) {
  for (let port = preferred; port < preferred + 20; port++) {
    const free = await new Promise((done) => {
      const probe = createServer().once('error', () => done(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${preferred} and ${preferred + 19}.`);
}

/**
 * Starts decap-server for the site in `repo` on 127.0.0.1 (never another interface: it writes
 * files for anyone who can reach it) and resolves once it listens.
 * @param {{ repo?: string, port?: number | undefined, quiet?: boolean }} [options]
 * @returns {Promise<{ api: string, close(): void }>} api: what CMS_LOCAL_BACKEND takes
 */
export async function startCmsProxy({ repo = root, port, quiet = false } = {}) {
  const listen = port ?? (await freePort(Number(process.env.CMS_PROXY_PORT || 8081)));
  const child = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, PORT: String(listen), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, MODE: 'fs', LOG_LEVEL: quiet ? 'warn' : 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise((done, fail) => {
    const read = (chunk) => {
      log += chunk;
      if (!quiet) process.stdout.write(chunk);
      if (/listening on/i.test(log)) done(undefined);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`decap-server stopped (exit ${code}):\n${log}`)));
    // In quiet mode it logs nothing at "info": ask the port instead.
    if (quiet) {
      const poll = setInterval(async () => {
        const up = await fetch(`http://127.0.0.1:${listen}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' }).then(
          (r) => r.ok,
          () => false,
        );
        if (up) {
          clearInterval(poll);
          done(undefined);
        }
      }, 100);
      child.once('exit', () => clearInterval(poll));
    }
  });
  child.removeAllListeners('exit');
  return { api: `http://127.0.0.1:${listen}/api/v1`, close: () => child.kill('SIGTERM') };
}

// Run as `npm run admin` (not when imported).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { serveDist } = await import('./lib/static-server.mjs');
  const { astroBuild } = await import('./lib/astro-build.mjs');
  const proxy = await startCmsProxy();
  const port = await freePort(Number(process.env.PORT || 4322));
  const out = join(root, 'node_modules/.admin-dist');
  const siteUrl = `http://localhost:${port}`;
  console.log(`Building the site with the editor pointed at ${proxy.api}…`);
  try {
    await astroBuild(root, {
      ASTRO_OUT_DIR: out,
      ASTRO_CACHE_DIR: join(root, 'node_modules/.astro-admin'),
      SITE_URL: siteUrl,
      CMS_LOCAL_BACKEND: proxy.api,
      // The booking form is not what this is for; a loopback endpoint keeps the build happy.
      PUBLIC_BOOKING_ENDPOINT: process.env.PUBLIC_BOOKING_ENDPOINT || 'http://127.0.0.1:8787/f/local',
    });
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    console.error('\nThe build failed (above): fix the content it names, then run npm run admin again.');
    proxy.close();
    process.exit(1);
  }
  // Served with the page's own <meta> CSP (which names the proxy), not the host's _headers:
  // those are for the published site, where the editor talks to GitHub.
  const server = await serveDist(out, { base: process.env.BASE_PATH || '/', port });
  console.log(`
  Content editor:  ${siteUrl}${(process.env.BASE_PATH || '/').replace(/\/?$/, '/')}admin/
  Saving writes to content/ in ${root} (not committed: review and commit with git).
  To see a saved page as a page, run npm run dev beside this.

  Press Ctrl-C to stop.`);
  const stop = async () => {
    proxy.close();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
