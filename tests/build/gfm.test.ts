// GitHub-flavoured Markdown renders in both .md and .mdx guides: tables, footnotes,
// strikethrough, task lists and autolinks; drafts stay out. Built in a fixture copy of the project.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fixtureProject } from '../helpers/fixtureProject';
import { buildSite } from '../helpers/buildSite';
import { builtPages, readPage } from '../helpers/dist';
import { readFileSync } from 'node:fs';

const frontmatter = (title: string) => `---
title: ${title}
description: A fixture page that proves GitHub-flavoured Markdown renders in this format.
author: jordan-avery
reviewer: dr-priya-raman
lastReviewed: 2026-11-01
sources: [furlan2015]
evidence:
  level: limited
  reason: A fixture, not advice; it only proves the Markdown features render.
---
`;
const body = `
| Position | Suits |
| --- | --- |
| Side-lying | Stenosis |

Massage eases pain for a while[^1] [@furlan2015].

~~Massage cures sciatica.~~

- [x] Tell the therapist about blood thinners
- [ ] Bring a pillow

See https://www.nhs.uk/conditions/sciatica/ for more.

[^1]: Small, short-term effects in trials.
`;

let dist: string;
beforeAll(async () => {
  const dir = fixtureProject('gfm', {
    'content/guides/gfm-check-md.md': frontmatter('GFM in Markdown') + body,
    'content/guides/gfm-check-mdx.mdx': frontmatter('GFM in MDX') + body,
    // A draft: shown by `astro dev`, never built.
    'content/guides/draft-check.md': frontmatter('A draft guide').replace('---\ntitle', '---\ndraft: true\ntitle') + body,
  });
  dist = join(dir, 'dist');
  const result = await buildSite(dist, {}, dir);
  if (result.code !== 0) throw new Error(result.output.slice(-3000));
}, 180_000);

describe.each(['md', 'mdx'])('GFM in .%s', (format) => {
  const html = () => readPage(`/guides/gfm-check-${format}/`, dist);
  it('tables', () => expect(html()).toMatch(/<table>[\s\S]*<th[^>]*>Position<\/th>[\s\S]*<td>Side-lying<\/td>/));
  it('footnotes', () => expect(html()).toMatch(/<section[^>]*data-footnotes[^>]*>[\s\S]*Small, short-term effects/));
  it('strikethrough', () => expect(html()).toContain('<del>Massage cures sciatica.</del>'));
  it('task lists', () => expect(html()).toMatch(/<input[^>]*type="checkbox"[^>]*checked[^>]*disabled|<input[^>]*checked[^>]*type="checkbox"/));
  it('autolinks', () => expect(html()).toMatch(/<a href="https:\/\/www\.nhs\.uk\/conditions\/sciatica\/"[^>]*>https:\/\/www\.nhs\.uk\/conditions\/sciatica\/<\/a>/));
  it('citations', () => expect(html()).toMatch(/<sup class="cite"><a href="#source-1" aria-label="Source 1: Furlan and others 2015"[^>]*>1<\/a><\/sup>/));
});

describe('drafts', () => {
  it('are left out of the build, the lists and the sitemap', () => {
    expect(builtPages(dist)).not.toContain('/guides/draft-check/');
    expect(builtPages(dist)).toContain('/guides/gfm-check-md/');
    expect(readPage('/guides/', dist)).not.toContain('A draft guide');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('draft-check');
  });
});
