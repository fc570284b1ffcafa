// The pieces that turn a broken content file into a message an editor can act on: finding
// the frontmatter, locating YAML faults and fields by line, explaining schema issues as
// "found …; expected …", and "did you mean". The whole corpus of broken files is checked in
// tests/unit/content-errors.test.ts.
import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontmatter } from '../../src/editorial/frontmatter';
import { closest, fieldLabel, formatProblem, formatProblems } from '../../src/editorial/problems';
import { describeValue, explainIssue } from '../../src/editorial/explain';
import { validateContent } from '../../src/editorial/validate';

describe('splitFrontmatter', () => {
  it('finds the block and where the body starts', () => {
    const split = splitFrontmatter('---\ntitle: A\n# a comment\n---\n\n## Body\n');
    expect(split).toMatchObject({ status: 'ok', yaml: 'title: A\n# a comment', yamlLine: 2, bodyLine: 5 });
  });
  it('reports a block that is never closed, and the last field line', () => {
    expect(splitFrontmatter('---\ntitle: A\nsources: [x]\n\n## What it is\n\nText.\n')).toMatchObject({ status: 'unclosed', closeAfter: 3 });
  });
  it('treats page text before a later --- (a horizontal rule) as an unclosed block', () => {
    expect(splitFrontmatter('---\ntitle: A\n\nSome text.\n\n---\n\nMore.\n')).toMatchObject({ status: 'unclosed', closeAfter: 2 });
  });
  it('does not mistake a YAML comment for a Markdown heading', () => {
    expect(splitFrontmatter('---\n# New page\ntitle: A\n---\nBody\n').status).toBe('ok');
  });
  it('tells a missing block from one that does not start on line 1', () => {
    expect(splitFrontmatter('Just text.\n').status).toBe('missing');
    expect(splitFrontmatter('# Title\n\n---\ntitle: A\n---\n').status).toBe('not-at-start');
  });
});

describe('parseYaml', () => {
  it('gives file lines (after the opening ---) and plain-English faults', () => {
    const { problems } = parseYaml('title: A\ntitle: B', 2);
    expect(problems).toEqual([{ line: 3, text: 'title: B', message: 'the field "title" is written twice; keep one of them' }]);
  });
  it('explains an unquoted colon with the quoted fix', () => {
    const [problem] = parseYaml('title: Sciatica: what helps', 2).problems;
    expect(problem?.message).toContain('title: "Sciatica: what helps"');
  });
  it('points an unclosed list at the line that opened it', () => {
    const [problem] = parseYaml('sources: [a, b\naliases: [x]', 2).problems;
    expect(problem).toMatchObject({ line: 2, message: expect.stringContaining('not closed with ]') });
  });
  it('locates keys, nested keys and list items by line', () => {
    const yaml = parseYaml('title: A\nevidence:\n  level: limited\n  reason: Because.\nsources:\n  - a\n  - b', 2);
    expect(yaml.lineOf(['title'])).toBe(2);
    expect(yaml.lineOf(['evidence', 'reason'])).toBe(5);
    expect(yaml.lineOf(['sources', 1])).toBe(8);
    // A missing nested field points at its parent; a missing top-level field has no line.
    expect(yaml.lineOf(['evidence', 'missing'])).toBe(3);
    expect(yaml.lineOf(['nothing'])).toBeUndefined();
  });
});

describe('explainIssue', () => {
  it('says a field is missing, with how to add it', () => {
    expect(explainIssue({ code: 'invalid_type', path: ['title'], message: 'expected the page title as text', expected: 'string' }, undefined)).toBe(
      'is missing; add `title: Your page title` (3 to 90 characters)',
    );
  });
  it('says what was found and what is expected', () => {
    expect(explainIssue({ code: 'invalid_type', path: ['order'], message: 'expected a whole number', expected: 'number' }, 'first')).toBe(
      'found "first"; expected a whole number',
    );
  });
  it('rewrites zod’s own wording where a schema gives none', () => {
    expect(explainIssue({ code: 'too_small', path: ['feelsLike'], message: 'Too small: expected string to have >=10 characters', origin: 'string', minimum: 10 }, 'Soft.')).toBe(
      'is 5 characters; expected at least 10 characters',
    );
  });
  it('suggests the option meant', () => {
    expect(explainIssue({ code: 'invalid_value', path: ['pressure'], message: 'Invalid option', values: ['light', 'moderate', 'firm'] }, 'moderat')).toBe(
      'found "moderat"; expected one of: light, moderate, firm; did you mean "moderate"?',
    );
  });
  it('adds the count to a length message that lacks it', () => {
    expect(explainIssue({ code: 'too_big', path: ['title'], message: 'is longer than 90 characters; shorten it', origin: 'string', maximum: 90 }, 'x'.repeat(95))).toBe(
      'is longer than 90 characters; shorten it (it has 95 characters)',
    );
  });
});

describe('helpers', () => {
  it('closest finds typos, not strangers', () => {
    expect(closest('jordan-avry', ['jordan-avery', 'sam-rivera'])).toBe('jordan-avery');
    expect(closest('lastreviewed', ['lastReviewed', 'title'])).toBe('lastReviewed');
    expect(closest('banana', ['jordan-avery', 'sam-rivera'])).toBeUndefined();
  });
  it('labels list items from one, as editors count', () => {
    expect(fieldLabel(['sources', 1])).toBe('sources, item 2');
    expect(fieldLabel(['evidence', 'reason'])).toBe('evidence.reason');
  });
  it('describes values in words', () => {
    expect(describeValue(42)).toBe('the number 42');
    expect(describeValue(['a', 'b'])).toBe('a list [a, b]');
    expect(describeValue([])).toBe('an empty list');
    expect(describeValue({ level: 'x' })).toBe('a group of fields (level)');
  });
  it('formats one problem per line, grouped and counted', () => {
    const text = formatProblems([
      { file: 'content/b.md', line: 3, field: 'title', message: 'is missing', severity: 'error', step: 'content' },
      { file: 'content/a.md', message: 'has no frontmatter', severity: 'error', step: 'content' },
    ]);
    expect(text.split('\n')).toEqual([
      'Content problems: 2 problems in 2 files',
      '  - content/a.md: has no frontmatter',
      '  - content/b.md:3 field "title": is missing',
    ]);
    expect(formatProblem({ file: 'content/c.md', line: 7, field: 'sources, item 3', message: 'x', severity: 'error', step: 'content' })).toBe(
      'content/c.md:7 field "sources", item 3: x',
    );
  });
});

describe('validateContent on small sets of files', () => {
  const person = { path: 'content/people/ann.yaml', text: 'name: Ann Example\nrole: author\nbio: A fictional author used only by these unit tests.\n' };
  const reviewer = { path: 'content/people/dr-bo.yaml', text: 'name: Bo Example\nrole: medical-reviewer\nbio: A fictional reviewer used only by these unit tests.\n' };
  const source = {
    path: 'content/sources/src2020.yaml',
    text: 'authors: [Example A]\ntitle: An example source\npublisher: Example\nyear: 2020\nurl: https://example.org/\nkind: review\n',
  };
  const practice = {
    path: 'content/practice/site.yaml',
    text: 'name: Test\ntagline: A test.\nemail: a@example.com\nphone: 555 0100\nemergencyNumber: "911"\nemergencyWording: call 911 now\nregion: the US\n',
  };
  const locations = { path: 'content/practice/locations.yaml', text: '[]\n' };
  const page = (body: string, extra = '') => ({
    path: 'content/guides/a-guide.md',
    text: `---\ntitle: A guide\ndescription: A guide used only by the unit tests of the content check.\nauthor: ann\nreviewer: dr-bo\nlastReviewed: 2026-01-01\nsources: [src2020]\nevidence:\n  level: limited\n  reason: Only a unit test; nothing rests on it.\n${extra}---\n${body}`,
  });
  const base = [person, reviewer, source, practice, locations];

  it('passes a valid set', () => {
    expect(validateContent([...base, page('\n## Part\n\nText [@src2020].\n')]).problems).toEqual([]);
  });
  it('in dev, a TODO is a warning, so the page can be previewed; in a build it is an error', () => {
    const files = [...base, page('\nTODO: write it.\n')];
    expect(validateContent(files, { mode: 'dev' }).problems.map((p) => p.severity)).toEqual(['warning']);
    expect(validateContent(files, { mode: 'build' }).problems.map((p) => p.severity)).toEqual(['error']);
  });
  it('a draft’s broken references are warnings: it is not published', () => {
    const files = [...base, page('\nText [@nope2020].\n', 'draft: true\n')];
    expect(validateContent(files, { mode: 'build' }).problems.map((p) => [p.severity, p.message.slice(0, 30)])).toEqual([
      ['warning', 'the citation [@nope2020] point'],
    ]);
  });
  it('ignores files editors’ tools leave behind', () => {
    const files = [...base, page('\nText [@src2020].\n'), { path: 'content/guides/a-guide.md~', text: 'x' }, { path: 'content/guides/.a-guide.md.swp', text: 'x' }];
    expect(validateContent(files).problems).toEqual([]);
  });
  it('accepts links to pages, section lists, FAQ answers, sources and static routes', () => {
    const body = '\n[a](/guides/a-guide/) [b](/guides/) [c](/sources/#src2020) [d](/book/) [e](https://example.org/x) [f](#part)\n';
    expect(validateContent([...base, page(body)], { routes: ['/', '/book/', '/sources/'] }).problems).toEqual([]);
  });
});

describe('links the check must not mistake for broken ones', () => {
  it('footnotes, task lists, autolinks, code and citations', () => {
    const files = [
      { path: 'content/people/ann.yaml', text: 'name: Ann Example\nrole: author\nbio: A fictional author used only by these unit tests.\n' },
      { path: 'content/people/dr-bo.yaml', text: 'name: Bo Example\nrole: medical-reviewer\nbio: A fictional reviewer used only by these unit tests.\n' },
      { path: 'content/sources/src2020.yaml', text: 'authors: [Example A]\ntitle: An example source\npublisher: Example\nyear: 2020\nurl: https://example.org/\nkind: review\n' },
      { path: 'content/practice/site.yaml', text: 'name: Test\ntagline: A test.\nemail: a@example.com\nphone: 555 0100\nemergencyNumber: "911"\nemergencyWording: call 911 now\nregion: the US\n' },
      { path: 'content/practice/locations.yaml', text: '[]\n' },
      {
        path: 'content/guides/g.md',
        text: '---\ntitle: A guide\ndescription: A guide used only by the unit tests of the content check.\nauthor: ann\nreviewer: dr-bo\nlastReviewed: 2026-01-01\nsources: [src2020]\nevidence:\n  level: limited\n  reason: Only a unit test; nothing rests on it.\n---\n\nText.[^1] [@src2020]\n\n- [x] Done\n- [ ] To do\n\nSee https://example.org/x and `[a](broken)`.\n\n```md\n[b](also-broken)\n```\n\n[^1]: A note, not a link: see the words.\n',
      },
    ];
    expect(validateContent(files).problems).toEqual([]);
  });
});
