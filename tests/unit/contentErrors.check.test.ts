// The steps of `npm run check` after validation: copied words, images without alt text,
// review dates, reading level, and the report that ties them together. Also the pieces of
// "last updated" / "Edit this page", and CONTRIBUTING.md covering every field and component.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCopiedRuns } from '../../src/editorial/copiedText';
import { imagesWithoutAlt } from '../../src/editorial/imageAlt';
import { altTextStep, copiedStep, formatReport, readingStep, reviewStep, type StepResult } from '../../src/editorial/report';
import { editUrl, lastUpdatedFromLog } from '../../src/lib/pageHistory';
import { parseYaml } from '../../src/editorial/frontmatter';
import { z } from 'astro/zod';
import { COLLECTION_SPECS } from '../../src/collections';
import { reference } from '../../src/editorial/entries';
import type { Entry } from '../../src/editorial/validate';
import { root } from '../helpers/paths';

const entry = (file: string, body: string, lastReviewed = '2026-10-01'): Entry => ({
  collection: 'guides',
  id: file,
  file,
  data: { lastReviewed: new Date(`${lastReviewed}T00:00:00Z`) },
  yaml: parseYaml(`title: x\nlastReviewed: ${lastReviewed}`, 2),
  body,
  bodyLine: 6,
  draft: false,
});

describe('findCopiedRuns', () => {
  const shared = 'call your doctor the same day if the pain spreads to both legs';
  it('finds a run shared by two pages, whole, and ignores case and punctuation', () => {
    const runs = findCopiedRuns(
      [
        { id: 'a', body: `Some words first. ${shared}. Then other words.` },
        { id: 'b', body: `Different start here: Call your doctor, the same day, if the pain spreads to both legs! End.` },
      ],
      8,
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ a: 'a', b: 'b', words: 13 });
    expect(runs[0]?.text.toLowerCase()).toBe(shared);
  });
  it('ignores runs shorter than N, and citations or link targets', () => {
    const runs = findCopiedRuns(
      [
        { id: 'a', body: 'Massage may ease pain for a while [@furlan2015] and then see [page](/causes/x/).' },
        { id: 'b', body: 'Massage may ease pain for a while [@cherkin2011] and then see [page](/guides/y/).' },
      ],
      12,
    );
    expect(runs).toEqual([]);
  });
});

describe('imagesWithoutAlt', () => {
  it('finds Markdown images with empty alt, and tags without alt', () => {
    const body = 'Text\n![](a.png)\n![A pillow](b.png)\n<img src="c.png">\n<img src="d.png" alt="">\n<Figure src={e} />\n<Figure src={f} alt="Side-lying" />\n`![](not-an-image.png)`';
    expect(imagesWithoutAlt(body).map((m) => m.line)).toEqual([2, 4, 6]);
  });
});

describe('reviewStep', () => {
  const today = new Date('2026-11-23T00:00:00Z');
  it('passes pages reviewed in the last 12 months', () => {
    expect(reviewStep([entry('a.md', 'x', '2026-01-01')], today).status).toBe('ok');
  });
  it('lists pages over 12 months with the day they fall due', () => {
    const step = reviewStep([entry('content/guides/a.md', 'x', '2025-10-01')], today);
    expect(step.status).toBe('listed');
    expect(step.details[0]).toBe('content/guides/a.md:3 field "lastReviewed": last reviewed 2025-10-01, 13 months ago; due for review since 2026-10-01, and it must be reviewed by 2027-04-01');
  });
  it('lists pages past 18 months without failing, except in the production gate', () => {
    const pages = [entry('content/guides/a.md', 'x', '2025-03-01'), entry('content/guides/b.md', 'x', '2025-10-01')];
    const step = reviewStep(pages, today);
    expect(step.status).toBe('listed');
    expect(step.summary).toBe('2 pages due for review (1 past the 18-month limit)');
    expect(step.details[0]).toMatch(/^content\/guides\/a\.md:3 field "lastReviewed": last reviewed 2025-03-01, 20 months ago; it was due by 2026-09-01/);
    expect(reviewStep(pages, today, { production: true }).status).toBe('failed');
  });
});

describe('readingStep, altTextStep, copiedStep', () => {
  const easy = entry('easy.md', 'The cat sat on the mat. It was warm. We had tea.');
  const hard = entry('hard.md', 'Radiculopathy necessitates comprehensive neurological evaluation, particularly considering intervertebral disc herniation pathophysiology and associated inflammatory mediators.');
  it('fails pages above the grade limit the tests hold, naming each', () => {
    const step = readingStep([easy, hard]);
    expect(step.status).toBe('failed');
    expect(step.details).toHaveLength(1);
    expect(step.details[0]).toMatch(/^hard\.md: grade \d+\.\d \(aim for 8 or below\)$/);
  });
  it('fails on an image without alt, naming the file line', () => {
    const step = altTextStep([entry('content/guides/a.md', '\nText.\n![](./images/side.jpg)\n')]);
    expect(step.status).toBe('failed');
    expect(step.details[0]).toMatch(/^content\/guides\/a\.md:8: the image !\[\]\(\.\/images\/side\.jpg\) has no alt text/);
  });
  it('lists pairs of pages sharing words, with the longest passage', () => {
    const shared = 'one two three four five six seven eight nine ten eleven twelve thirteen';
    const step = copiedStep([entry('a.md', `Alpha. ${shared}.`), entry('b.md', `Beta. ${shared}.`), easy], 12);
    expect(step.status).toBe('listed');
    expect(step.details).toEqual(['a.md and b.md: 13 words in 1 passage, e.g. "one two three four five six seven eight nine ten eleven twelve thirteen"']);
  });
});

describe('formatReport', () => {
  const step = (title: string, status: StepResult['status']): StepResult => ({ title, status, summary: 's', details: status === 'ok' ? [] : ['detail'] });
  it('numbers the steps, lists details and fails when a step failed', () => {
    const { text, failed } = formatReport([step('Type check', 'ok'), step('Content validation', 'failed'), step('Reading level', 'listed')]);
    expect(failed).toBe(true);
    expect(text).toContain('1. Type check .......... ✔ ok: s');
    expect(text).toContain('2. Content validation .. ✖ failed: s\n     - detail');
    expect(text.trim().split('\n').pop()).toMatch(/^✖ The check failed: 2\. Content validation\./);
  });
  it('passes when nothing failed, saying how many steps list something', () => {
    const { text, failed } = formatReport([step('Type check', 'ok'), step('Reading level', 'listed')]);
    expect(failed).toBe(false);
    expect(text.trim().split('\n').pop()).toBe('✔ The check passed, with 1 step listing things to review.');
  });
});

describe('page history', () => {
  it('takes the newest commit per file from one git log', () => {
    const log = '\u001e2026-11-20T10:00:00+00:00\n\ncontent/causes/a.md\ncontent/causes/b.md\n\u001e2026-10-01T09:00:00+00:00\n\ncontent/causes/a.md\ncontent/faqs/c.md\n';
    const dates = lastUpdatedFromLog(log);
    expect(dates.get('content/causes/a.md')?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(dates.get('content/faqs/c.md')?.toISOString()).toBe('2026-10-01T09:00:00.000Z');
    expect(dates.size).toBe(3);
  });
  it('builds the edit link from editBaseUrl, or none when it is not set', () => {
    expect(editUrl('https://github.com/org/site/edit/main/', 'content/causes/a.md')).toBe('https://github.com/org/site/edit/main/content/causes/a.md');
    expect(editUrl('https://gitlab.example/org/site/-/edit/main', 'content/faqs/b c.md')).toBe('https://gitlab.example/org/site/-/edit/main/content/faqs/b%20c.md');
    expect(editUrl(undefined, 'content/causes/a.md')).toBeUndefined();
  });
});

describe('CONTRIBUTING.md', () => {
  const guide = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
  it('documents every field of every kind of page, source and person', () => {
    const fields = (schema: z.ZodType) => Object.keys((z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: object }).properties ?? {});
    const missing = COLLECTION_SPECS.filter((c) => c.kind !== 'list').flatMap((c) =>
      fields(c.schema(reference))
        .filter((field) => !guide.includes(`\`${field}\``) && !guide.includes(`${field}:`))
        .map((field) => `${c.collection}.${field}`),
    );
    expect(missing).toEqual([]);
  });
  it('documents every MDX component editors can import', () => {
    const index = readFileSync(join(root, 'src/components/mdx/index.ts'), 'utf8');
    const names = [...index.matchAll(/export \{([^}]+)\}/g)].flatMap((m) => (m[1] ?? '').split(',').map((n) => n.trim().split(/\s+as\s+/).pop() ?? ''));
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) expect(guide, name).toContain(`\`${name}\``);
  });
  it('explains each step of npm run check', () => {
    for (const step of ['Type check', 'Content validation', 'Internal links and citations', 'Review dates', 'Reading level', 'Citation text', 'Images without alt text', 'Words copied between articles']) {
      expect(guide).toContain(`**${step}`);
    }
  });
});
