// `npm run check` in GitHub Actions (GITHUB_ACTIONS=true): one workflow command per content
// problem, so the pull request shows it on the line it names, and the report as a list in the
// job summary. Runs on copies of the site with one broken fixture (tests/fixtures/broken/).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureProject } from '../helpers/fixtureProject';
import { root, tmpDir } from '../helpers/paths';

/** A copy of the site with tests/fixtures/broken/<name>/content laid over its content/. */
function brokenSite(name: string) {
  const dir = fixtureProject(`annotations-${name}`);
  cpSync(join(root, 'tests/fixtures/broken', name, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

function check(dir: string, env: Record<string, string>) {
  // The CI runner's own GITHUB_* variables must not leak into the child: each case sets its own.
  const { GITHUB_ACTIONS: _a, GITHUB_STEP_SUMMARY: _s, ...rest } = process.env;
  const run = spawnSync(process.execPath, [join(root, 'scripts/check.mjs'), `--root=${dir}`, '--skip-astro', '--today=2026-12-01'], {
    encoding: 'utf8',
    env: { ...rest, ...env },
  });
  return { code: run.status, lines: `${run.stdout}${run.stderr}`.split('\n') };
}

const commands = (lines: string[]) => lines.filter((l) => /^::(error|warning|notice)\b/.test(l));

describe('npm run check with GITHUB_ACTIONS=true', () => {
  const tooLong = brokenSite('04-description-too-long');

  it('prints the problem as an error annotation on its file, line and field', () => {
    const { code, lines } = check(tooLong, { GITHUB_ACTIONS: 'true' });
    expect(code).toBe(1);
    expect(commands(lines)).toEqual([
      '::error file=content/causes/fixture-cause.md,line=3,title=description::is 212 characters; keep it under 160 so search results show it whole',
    ]);
    // The readable report is still there, whole, before the annotations.
    expect(lines[0]).toBe('npm run check');
    expect(lines).toContain('     - content/causes/fixture-cause.md:3 field "description": is 212 characters; keep it under 160 so search results show it whole');
  });

  it('escapes , and : in the title, as GitHub reads properties', () => {
    const { lines } = check(brokenSite('17-unknown-source'), { GITHUB_ACTIONS: 'true' });
    const [line] = commands(lines);
    expect(line).toMatch(/^::error file=content\/causes\/fixture-cause\.md,line=7,title=sources%2C item 3::"furlan2051" is not a source in content\/sources\//);
    expect(line).toContain('did you mean "furlan2015"?');
  });

  it('prints no annotation without the variable (a terminal, or npm test)', () => {
    const { code, lines } = check(tooLong, {});
    expect(code).toBe(1);
    expect(commands(lines)).toEqual([]);
    expect(check(tooLong, { GITHUB_ACTIONS: 'false' }).lines.some((l) => l.startsWith('::'))).toBe(false);
  });

  it('writes every step and its problems, with the fix, to the job summary', () => {
    mkdirSync(tmpDir, { recursive: true });
    const summary = join(tmpDir, 'annotations-summary.md');
    rmSync(summary, { force: true });
    check(tooLong, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(existsSync(summary)).toBe(true);
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('**The check failed.**');
    expect(text).toContain('❌ **2. Content validation**: 1 problem to fix');
    expect(text).toContain('- `content/causes/fixture-cause.md:3` field "description": is 212 characters; keep it under 160 so search results show it whole');
  });
});
