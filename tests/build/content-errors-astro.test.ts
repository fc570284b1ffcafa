// A real `astro build` that must stop before anything is published, and say why: one broken
// field in a page that 35 other files point at is one problem, not one per pointer (the
// pre-flight knows the file exists even though it fails its schema). The 66-fixture corpus
// (tests/unit/content-errors.test.ts) runs the same check without a build; a build without
// SITE_URL is tested through its hook (tests/unit/config.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureProject } from '../helpers/fixtureProject';
import { buildSite, type BuildResult } from '../helpers/buildSite';
import { root } from '../helpers/paths';

const FILE = 'content/causes/herniated-disc.md';
const LONG = 'A disc between two bones of the lower back bulges or splits and presses on a nerve root, which is the most common reason for sciatica in adults of working age, and it often settles.';

let broken: BuildResult;

beforeAll(async () => {
  const original = readFileSync(join(root, FILE), 'utf8');
  const dir = fixtureProject('broken-referenced-page', { [FILE]: original.replace(/^description: .*$/m, `description: ${LONG}`) });
  broken = await buildSite(join(dir, 'dist'), {}, dir);
}, 300_000);

describe('astro build with one over-long description in a page many others point at', () => {
  it('fails', () => {
    expect(broken.code).not.toBe(0);
  });
  it('reports that one problem, located, and nothing about the pages pointing at it', () => {
    const output = broken.output;
    expect(output, output.slice(-3000)).toContain('The site cannot be built until these content problems are fixed: 1 problem in 1 file');
    const lines = output.split('\n').filter((l) => /^\s+- content\//.test(l));
    expect(lines).toEqual([`  - ${FILE}:3 field "description": is ${LONG.length} characters; keep it under 160 so search results show it whole`]);
    expect(output).not.toContain('there is no content/causes/herniated-disc.md');
  });
  it('says, on one line, how many files point at the broken page', () => {
    const notes = broken.output.split('\n').filter((l) => /other files? points? at this one/.test(l));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/\((\d+) other files point at this one; they are fine and build once it is fixed\)/);
    expect(Number(/\((\d+) other/.exec(notes[0] ?? '')?.[1])).toBeGreaterThan(10);
  });
  it('says where the fields are explained, without a stack trace', () => {
    expect(broken.output).toContain('CONTRIBUTING.md explains every field');
    expect(broken.output).not.toMatch(/^\s+at .*(contentCheck|editorial)/m);
  });
});
