/**
 * Pages that prove GitHub-flavoured Markdown renders in both .md and .mdx guides (tables,
 * footnotes, strikethrough, task lists, autolinks, citations) and that a draft stays out.
 * The global setup adds them to the variant build, so they cost no build of their own;
 * tests/build/gfm.test.ts reads the result.
 */
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

export const GFM_FILES: Record<string, string> = {
  'content/guides/gfm-check-md.md': frontmatter('GFM in Markdown') + body,
  'content/guides/gfm-check-mdx.mdx': frontmatter('GFM in MDX') + body,
  // A draft: shown by `astro dev`, never built.
  'content/guides/draft-check.md': frontmatter('A draft guide').replace('---\ntitle', '---\ndraft: true\ntitle') + body,
};
