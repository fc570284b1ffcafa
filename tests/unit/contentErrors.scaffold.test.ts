// `npm run new`: the scaffold of every kind of page is valid enough to preview in dev, fails a
// build until every TODO is filled, and passes once it is; unknown kinds and existing slugs
// are refused with a clear message.
import { describe, expect, it } from 'vitest';
import { ScaffoldError, resolveCollection, scaffoldArticle, slugify, type ScaffoldContext } from '../../src/editorial/scaffold';
import { validateContent, type ContentFile } from '../../src/editorial/validate';
import { ARTICLE_COLLECTIONS, ARTICLES, type ArticleCollection } from '../../src/collections';

const base: ContentFile[] = [
  { path: 'content/people/ann.yaml', text: 'name: Ann Example\nrole: author\nbio: A fictional author used only by these unit tests.\n' },
  { path: 'content/people/dr-bo.yaml', text: 'name: Bo Example\nrole: medical-reviewer\nbio: A fictional reviewer used only by these unit tests.\n' },
  {
    path: 'content/sources/nhs-sciatica.yaml',
    text: 'authors: [NHS]\ntitle: Sciatica (NHS page)\npublisher: NHS\nyear: 2023\nurl: https://www.nhs.uk/conditions/sciatica/\nkind: patient-information\n',
  },
  {
    path: 'content/practice/site.yaml',
    text: 'name: Test\ntagline: A test.\nemail: a@example.com\nphone: 555 0100\nemergencyNumber: "911"\nemergencyWording: call 911 now\nregion: the US\n',
  },
  { path: 'content/practice/locations.yaml', text: '[]\n' },
  {
    path: 'content/guides/first-session.md',
    text: '---\ntitle: Your first session\ndescription: What happens at a first massage session when you have sciatica.\nauthor: ann\nreviewer: dr-bo\nlastReviewed: 2026-01-01\nsources: [nhs-sciatica]\nevidence:\n  level: limited\n  reason: Practical advice; there are no trials of it.\n---\n\nText [@nhs-sciatica].\n',
  },
];

const context = (collection: ArticleCollection, extra: Partial<ScaffoldContext> = {}): ScaffoldContext => ({
  collection,
  title: 'Sleeping with sciatica',
  today: '2026-11-20',
  people: [
    { id: 'ann', role: 'author' },
    { id: 'dr-bo', role: 'medical-reviewer' },
  ],
  sources: ['nhs-sciatica'],
  existing: [],
  pages: ['guides/first-session'],
  ...extra,
});

/** What an editor does with the scaffold: write real text where the TODOs are. */
function fill(text: string): string {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const filled = frontmatter
    .split('\n')
    .map((line) =>
      line
        .replace(/\s+# TODO.*$/, '')
        .replace(/"TODO: the (yes\/no )?question[^"]*\?"/, '"Do you sleep badly because of the pain?"')
        .replace(/"TODO: what to do[^"]*"/, '"Call your doctor if the pain keeps you awake."')
        .replace(/"TODO:[^"]*"/, '"A sentence long enough to pass its field, written by the editor."'),
    )
    .join('\n');
  const imports = body.split('\n').filter((l) => l.startsWith('import '));
  return `---\n${filled}\n---\n${imports.join('\n')}\n\n## What helps\n\nA pillow between the knees can ease the pull on the nerve [@nhs-sciatica].\n`;
}

describe('scaffoldArticle', () => {
  describe.each(ARTICLE_COLLECTIONS)('%s', (collection) => {
    const folder = ARTICLES[collection].folder;
    const made = scaffoldArticle(context(collection));
    const file = { path: made.path, text: made.text };

    it('writes content/<folder>/<slug>.md with today’s date', () => {
      expect(made.path).toBe(`content/${folder}/sleeping-with-sciatica.md`);
      expect(made.text).toContain('lastReviewed: 2026-11-20');
      expect(made.todos).toBeGreaterThan(2);
    });
    it('previews in dev: no errors, only the TODOs listed', () => {
      const problems = validateContent([...base, file], { mode: 'dev' }).problems;
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(problems.filter((p) => p.file === made.path)).toHaveLength(made.todos);
    });
    it('fails a build, once per TODO, until every one is filled', () => {
      const errors = validateContent([...base, file], { mode: 'build' }).problems.filter((p) => p.severity === 'error');
      expect(errors).toHaveLength(made.todos);
      expect(errors.every((p) => p.file === made.path && /placeholder|note/.test(p.message))).toBe(true);
    });
    it('passes once filled', () => {
      const done = { path: made.path, text: fill(made.text) };
      expect(validateContent([...base, done], { mode: 'build' }).problems).toEqual([]);
    });
  });

  it('makes .mdx with a Callout to start from', () => {
    const made = scaffoldArticle(context('guides', { mdx: true }));
    expect(made.path).toBe('content/guides/sleeping-with-sciatica.mdx');
    expect(made.text).toContain("import { Callout } from '../../src/components/mdx';");
    expect(validateContent([...base, { path: made.path, text: fill(made.text) }], { mode: 'build' }).problems).toEqual([]);
  });

  it('refuses a slug that exists', () => {
    expect(() => scaffoldArticle(context('guides', { title: 'Your first session', existing: ['your-first-session'] }))).toThrow(
      'content/guides/your-first-session already exists',
    );
  });
  it('refuses a title too long for a phone', () => {
    expect(() => scaffoldArticle(context('guides', { title: 'x '.repeat(50) }))).toThrow(/is 99 characters; keep it to 90/);
  });
});

describe('resolveCollection', () => {
  it('accepts folder names, collection names and singulars', () => {
    expect(resolveCollection('massage-types')).toBe('massageTypes');
    expect(resolveCollection('redFlags')).toBe('redFlags');
    expect(resolveCollection('faq')).toBe('faqs');
    expect(resolveCollection('Guide')).toBe('guides');
  });
  it('names the closest collection and lists them all', () => {
    expect(() => resolveCollection('cuases')).toThrow(ScaffoldError);
    expect(() => resolveCollection('cuases')).toThrow(/"cuases" is not a collection; did you mean "causes"\?[\s\S]*causes, symptoms, massage-types, red-flags, faqs, guides/);
    expect(() => resolveCollection(undefined)).toThrow(/Usage: npm run new -- <collection> "<Title>"/);
  });
});

describe('slugify', () => {
  it('makes a file name from a title', () => {
    expect(slugify('Sleeping with Sciatica: What Helps?')).toBe('sleeping-with-sciatica-what-helps');
    expect(slugify('Piriformis – it’s a muscle')).toBe('piriformis-its-a-muscle');
    expect(slugify('Café massage')).toBe('cafe-massage');
  });
});
