// `npm test` must pass on any future date with unchanged files: review dates are an editorial
// deadline that `npm run check` lists, and only its production gate fails on them.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../helpers/paths';

const check = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts/check.mjs'), '--skip-astro', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run check years from now', () => {
  const later = check('--today=2031-06-01');
  it('passes, listing every page as due for review with the day it fell due', () => {
    expect(later.status, later.stdout).toBe(0);
    expect(later.stdout).toMatch(/Review dates \.+ ! to review: \d+ pages due for review \(\d+ past the 18-month limit\)/);
    expect(later.stdout).toMatch(/content\/causes\/herniated-disc\.md:\d+ field "lastReviewed": last reviewed \d{4}-\d{2}-\d{2}, \d+ months ago; it was due by \d{4}-\d{2}-\d{2}/);
  });
  it('fails the production gate, which must not publish an unreviewed page', () => {
    const gate = check('--today=2031-06-01', '--production');
    expect(gate.status).toBe(1);
    expect(gate.stdout).toContain('a page past its review date cannot be published');
  });
});
