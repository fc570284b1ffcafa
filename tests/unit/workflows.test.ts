// The GitHub Actions workflows (.github/workflows/) and netlify.toml: every file parses, every
// action is pinned to a major version at least, every `npm run <script>` a workflow runs exists
// in package.json, and the settings issue 13 depends on stay in place (Node 24, npm install,
// full history for "last updated", the production gate on deploy).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from '../helpers/paths';

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Job { steps?: Step[]; 'runs-on'?: string }
interface Workflow { name?: string; on?: unknown; jobs: Record<string, Job> }

const dir = join(root, '.github/workflows');
const files = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
const workflows = Object.fromEntries(files.map((n) => [n, parse(readFileSync(join(dir, n), 'utf8')) as Workflow]));
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);
const scripts = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

describe('workflow files', () => {
  it('are there: checks, deploy, weekly', () => {
    expect(files).toEqual(expect.arrayContaining(['checks.yml', 'deploy.yml', 'weekly.yml']));
  });

  it.each(files)('%s parses, with a name, triggers and jobs that have steps', (file) => {
    const w = workflows[file]!;
    expect(w.name).toBeTruthy();
    expect(w.on).toBeTruthy();
    for (const [id, job] of Object.entries(w.jobs)) {
      expect(job['runs-on'], `${file} job ${id}`).toBeTruthy();
      expect(job.steps?.length, `${file} job ${id}`).toBeGreaterThan(0);
    }
  });

  it.each(files)('%s: every action is pinned to a major version or a commit', (file) => {
    const uses = steps(workflows[file]!).flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) {
      if (u.startsWith('./') || u.startsWith('docker://')) continue;
      expect(u, `${file}: ${u}`).toMatch(/^[\w.-]+\/[\w.\/-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/);
    }
  });

  it.each(files)('%s: every npm script it runs exists in package.json', (file) => {
    for (const s of steps(workflows[file]!)) {
      for (const m of (s.run ?? '').matchAll(/npm run ([\w:.-]+)/g)) expect(scripts, `${file}: npm run ${m[1]}`).toContain(m[1]);
      // npm install only: the lockfile cannot satisfy npm ci on every platform (README.md).
      expect(s.run ?? '', file).not.toMatch(/\bnpm ci\b/);
    }
  });

  it('every job sets up Node 24 with the npm cache', () => {
    for (const [file, w] of Object.entries(workflows)) {
      for (const [id, job] of Object.entries(w.jobs)) {
        const node = job.steps?.find((s) => s.uses?.startsWith('actions/setup-node@'));
        if (!job.steps?.some((s) => /\bnpm\b|npx/.test(s.run ?? ''))) continue;
        expect(node?.with, `${file} job ${id}`).toMatchObject({ 'node-version': 24, cache: 'npm' });
      }
    }
  });

  it('checks run on every pull request: npm run check, the build and the unit tests', () => {
    const w = workflows['checks.yml']!;
    expect(w.on).toHaveProperty('pull_request');
    const runs = steps(w).map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm run check');
    expect(runs).toContain('npm run build');
    expect(runs).toContain('vitest run --project unit');
  });

  it('deploy publishes main to Pages with full history, the production gate and the booking endpoint', () => {
    const w = workflows['deploy.yml']!;
    expect(w.on).toMatchObject({ push: { branches: ['main'] } });
    const all = steps(w);
    expect(all.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
    const build = all.find((s) => s.run === 'npm run build');
    expect(build?.env).toMatchObject({ PRODUCTION: 'true' });
    expect(build?.env?.PUBLIC_BOOKING_ENDPOINT).toMatch(/vars\.PUBLIC_BOOKING_ENDPOINT/);
    for (const action of ['actions/configure-pages@', 'actions/upload-pages-artifact@', 'actions/deploy-pages@']) {
      expect(all.some((s) => s.uses?.startsWith(action)), action).toBe(true);
    }
    const address = all.map((s) => s.run ?? '').join('\n');
    expect(address).toMatch(/SITE_URL=/);
    expect(address).toMatch(/BASE_PATH=/);
  });

  it('the weekly report runs on a schedule: reviews due and external links', () => {
    const w = workflows['weekly.yml']!;
    expect(w.on).toHaveProperty('schedule');
    const runs = steps(w).map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm run check');
    expect(runs).toContain('npm run check:links');
  });
});

describe('netlify.toml', () => {
  const toml = readFileSync(join(root, 'netlify.toml'), 'utf8');
  it('builds with npm run build into dist on Node 24, with the production gate in production only', () => {
    expect(toml).toMatch(/^\s*command = "npm run build"$/m);
    expect(toml).toMatch(/^\s*publish = "dist"$/m);
    expect(toml).toMatch(/^\s*NODE_VERSION = "24"$/m);
    expect(toml).toMatch(/\[context\.production\.environment\]\s+PRODUCTION = "true"/);
    expect(toml).not.toMatch(/\[context\.deploy-preview\.environment\][^[]*PRODUCTION/);
  });
});
