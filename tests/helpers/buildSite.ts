/**
 * Builds a copy of the site with `astro build` into a folder of its own.
 * Used by the global setup (the real site and its one variant, once per run) and by the
 * fixture tests (GFM, broken content, editing).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root, tmpDir, TEST_BOOKING_ENDPOINT } from './paths';

export interface BuildResult {
  code: number;
  output: string;
}

export async function buildSite(outDir: string, env: Record<string, string> = {}, cwd = root): Promise<BuildResult> {
  const first = await runBuild(outDir, env, cwd);
  // A build killed by a signal (once seen: no error printed, the process just gone while
  // Pagefind and the share images ran side by side under a full test load) says nothing
  // about the site. Try once more and keep both outputs; a real build error never retries.
  if (!first.signal) return first;
  const second = await runBuild(outDir, env, cwd);
  return { code: second.code, output: `${first.output}\n[build killed by ${first.signal}; retried once]\n${second.output}` };
}

/**
 * One line per `astro build` of the run, printed and appended to <tmpDir>/builds.log, so the
 * number of builds a test run costs is counted, not guessed (`wc -l tests/.tmp/builds.log`).
 */
function logBuild(outDir: string, started: number, code: number | null, signal: string | null) {
  const line = `[astro build] ${relative(root, outDir) || outDir}: ${((Date.now() - started) / 1000).toFixed(1)} s, ${signal ? `killed by ${signal}` : `exit ${code}`}`;
  console.info(line);
  mkdirSync(tmpDir, { recursive: true });
  appendFileSync(join(tmpDir, 'builds.log'), `${new Date().toISOString()} ${line}\n`);
}

function runBuild(outDir: string, env: Record<string, string>, cwd: string): Promise<BuildResult & { signal: string | null }> {
  const started = Date.now();
  // Vitest puts Vite's own variables into process.env (BASE_URL=/, MODE=test, DEV=1, PROD='',
  // SSR=1). A child `astro build` would inline them into import.meta.env: links without the
  // base path, and drafts treated as published. Leave them out.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...parentEnv } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'build'], {
      cwd,
      env: {
        ...parentEnv,
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_OUT_DIR: outDir,
        // Vitest sets NODE_ENV=test, which would make import.meta.env.PROD false and let drafts in.
        NODE_ENV: 'production',
        // A cache per output folder: parallel builds must not share Astro's content store.
        ASTRO_CACHE_DIR: join(tmpDir, 'cache', outDir.replace(/[^a-z0-9]+/gi, '_')),
        // A production build without a booking endpoint fails (bookingEndpointCheck); fixtures get the test inbox's.
        PUBLIC_BOOKING_ENDPOINT: TEST_BOOKING_ENDPOINT,
        // A build without SITE_URL fails (astro.config.mjs); a test that means to prove it passes ''.
        SITE_URL: 'https://sciatica.example.com',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      logBuild(outDir, started, code, signal);
      resolve({ code: code ?? 1, output, signal });
    });
  });
}
