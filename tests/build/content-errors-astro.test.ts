// Real `astro build` runs of broken fixtures from tests/fixtures/broken/: the build fails,
// and what it prints is the same located message the shared validation gives (so the other
// 60-odd fixtures, checked through that validation in content-errors.test.ts, speak for
// the build too). Chosen to cover each way a fault reaches the build: a file Astro would
// skip, a block it would misread, a duplicate it would let win silently, a schema field,
// a citation, and a TODO left by `npm run new`.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fixtureProject } from '../helpers/fixtureProject';
import { buildSite, type BuildResult } from '../helpers/buildSite';
import { root, TEST_BOOKING_ENDPOINT } from '../helpers/paths';

const CASES = ['wrong-extension', 'unclosed-frontmatter', 'duplicate-slug', 'description-too-long', 'citation-missing-source', 'placeholder-left'];

const corpus = join(root, 'tests/fixtures/broken');
const folderOf = (name: string) => readdirSync(corpus).find((d) => d.replace(/^\d+-/, '') === name)!;

function filesOf(name: string): Record<string, string> {
  const dir = join(corpus, folderOf(name));
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry !== 'expect.json') files[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

const results = new Map<string, BuildResult>();

beforeAll(async () => {
  // Two at a time: each build stops at the content check, within seconds.
  for (let i = 0; i < CASES.length; i += 2) {
    await Promise.all(
      CASES.slice(i, i + 2).map(async (name) => {
        const dir = fixtureProject(`broken-${name}`, filesOf(name));
        results.set(name, await buildSite(join(dir, 'dist'), { PUBLIC_BOOKING_ENDPOINT: TEST_BOOKING_ENDPOINT }, dir));
      }),
    );
  }
}, 300_000);

describe.each(CASES)('astro build with the fixture %s', (name) => {
  const expectation = () =>
    JSON.parse(readFileSync(join(corpus, folderOf(name), 'expect.json'), 'utf8')) as { file: string; line: number | null; field: string | null; contains: string[] };

  it('fails', () => {
    expect(results.get(name)?.code).not.toBe(0);
  });
  it('prints the located message: file from the repository root, line, field, found and expected', () => {
    const output = results.get(name)?.output ?? '';
    const { file, line, field, contains } = expectation();
    const message = output.split('\n').find((l) => l.startsWith(`  - ${file}`)) ?? '';
    expect(message, output.slice(-2000)).not.toBe('');
    if (line !== null) expect(message).toContain(`${file}:${line}`);
    if (field !== null) expect(message).toContain(`field "${field.replace(/, item \d+$/, '')}"`);
    for (const phrase of contains) expect(message).toContain(phrase);
  });
  it('says how many problems there are and where the fields are explained, without a stack trace', () => {
    const output = results.get(name)?.output ?? '';
    expect(output).toContain('The site cannot be built until these content problems are fixed: 1 problem in 1 file');
    expect(output).toContain('CONTRIBUTING.md explains every field');
    expect(output).not.toMatch(/^\s+at .*preflight/m);
  });
});
