// Every broken fixture in tests/fixtures/broken/ (one fault each) is checked with the same
// validation the build runs before Astro reads content (src/data/preflight.ts). Each must
// produce exactly one error that names the file from the repository root, the line, the
// field, and says what was found and what is expected. Real `astro build` runs of some of
// them are in content-errors-astro.test.ts.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { validateContent, type ContentFile } from '../../src/editorial/validate';
import { formatProblem } from '../../src/editorial/problems';
import { readContentFiles, staticRoutes } from '../../src/editorial/files';
import { root } from '../helpers/paths';

interface Expectation {
  file: string;
  line: number | null;
  field: string | null;
  contains: string[];
  fault: string;
}

const corpus = join(root, 'tests/fixtures/broken');
const cases = readdirSync(corpus).filter((name) => statSync(join(corpus, name)).isDirectory()).sort();
const realContent = readContentFiles(root);
const routes = staticRoutes(root);

/** The fixture's files laid over the real content, as the build would read them. */
function withFixture(name: string): { files: ContentFile[]; expectation: Expectation } {
  const dir = join(corpus, name);
  const overlay: ContentFile[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry !== 'expect.json') overlay.push({ path: relative(dir, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
    }
  };
  walk(dir);
  const replaced = new Set(overlay.map((f) => f.path));
  return {
    files: [...realContent.filter((f) => !replaced.has(f.path)), ...overlay],
    expectation: JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as Expectation,
  };
}

describe('the broken-content corpus', () => {
  it('has at least 30 cases, each with one fault', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it('leaves the real content valid (so each case shows only its own fault)', () => {
    const { problems } = validateContent(realContent, { routes, mode: 'build' });
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });
});

describe.each(cases)('%s', (name) => {
  const { files, expectation } = withFixture(name);
  const errors = validateContent(files, { routes, mode: 'build' }).problems.filter((p) => p.severity === 'error');
  const [problem] = errors;
  const line = problem ? formatProblem(problem) : '';

  it(`reports exactly one error for: ${expectation.fault}`, () => {
    expect(errors.map(formatProblem)).toHaveLength(1);
  });
  it('names the file from the repository root', () => {
    expect(problem?.file).toBe(expectation.file);
    expect(line.startsWith(expectation.file)).toBe(true);
  });
  it('names the line and the field', () => {
    if (expectation.line !== null) expect(line).toContain(`${expectation.file}:${expectation.line}`);
    if (expectation.field !== null) {
      expect(problem?.field).toBe(expectation.field);
      expect(line).toContain(`field "${expectation.field.replace(/, item \d+$/, '')}"`);
    }
  });
  it('says what was found, what is expected and how to fix it', () => {
    for (const phrase of expectation.contains) expect(line).toContain(phrase);
  });
});

describe('one mistake, one problem', () => {
  // A broken field in a page that most of the site points at (related pages, links, FAQ "more").
  const file = 'content/causes/herniated-disc.md';
  const files = realContent.map((f) =>
    f.path === file ? { ...f, text: f.text?.replace(/^description: .*$/m, `description: ${'A disc bulges and presses on a nerve. '.repeat(6)}`) } : f,
  );
  const errors = validateContent(files, { routes, mode: 'build' }).problems.filter((p) => p.severity === 'error');

  it('reports only the broken field, not every page that points at the page', () => {
    expect(errors.map(formatProblem)).toEqual([expect.stringMatching(/^content\/causes\/herniated-disc\.md:3 field "description": is \d+ characters/)]);
  });
  it('counts the pages pointing at it in one note', () => {
    expect(errors[0]?.note).toMatch(/^\(\d+ other files point at this one; they are fine and build once it is fixed\)$/);
  });
  it('still reports a reference to a page that does not exist at all', () => {
    const typo = realContent.map((f) => (f.path === 'content/causes/spinal-stenosis.md' ? { ...f, text: f.text?.replace('herniated-disc', 'herniated-disk') } : f));
    const found = validateContent(typo, { routes, mode: 'build' }).problems.filter((p) => p.severity === 'error');
    expect(found.map(formatProblem).join('\n')).toContain('did you mean "herniated-disc"?');
  });
});
