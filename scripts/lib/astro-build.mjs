/**
 * One `astro build` of a project folder, as the benchmarks and the audit run it: into its
 * own output and cache folders (given in `env`), without telemetry or colours in the log.
 * Resolves with the wall time and the log, and with `timed` (where GNU time is installed) CPU
 * seconds and peak memory; rejects with the end of the log if the build fails.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const TIME = '/usr/bin/time';

/**
 * @param {string} project the folder to build (the site, or a generated corpus)
 * @param {Record<string, string>} env ASTRO_OUT_DIR, ASTRO_CACHE_DIR, SITE_URL, PUBLIC_BOOKING_ENDPOINT…
 * @returns {Promise<{ seconds: number, cpu: number, peakMb: number, log: string }>}
 */
export function astroBuild(project, env, { timed = false } = {}) {
  return new Promise((resolve, reject) => {
    const astro = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
    const useTime = timed && existsSync(TIME);
    const started = performance.now();
    const child = spawn(useTime ? TIME : process.execPath, useTime ? ['-v', process.execPath, ...astro] : astro, {
      cwd: project,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
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
