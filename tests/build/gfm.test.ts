// GitHub-flavoured Markdown renders in both .md and .mdx guides: tables, footnotes,
// strikethrough, task lists and autolinks; drafts stay out. The fixture pages
// (tests/helpers/gfmFixture.ts) are built into the variant build of the global setup.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { builtPages, readPage } from '../helpers/dist';
import { variantDistDir as dist } from '../helpers/paths';

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
