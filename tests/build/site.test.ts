// The real site, built once by the global setup: every entry has its page, the sitemap
// lists them, and every article carries the red-flag panel. (Links: quality-links.test.ts.)
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, readPage } from '../helpers/dist';
import { parse } from 'yaml';
import { distDir, root, TEST_SITE_URL } from '../helpers/paths';
import { page$ } from '../helpers/html';
import { FOLDERS, articlesIn } from '../helpers/contentFiles';
import { SECTIONS } from '../../src/collections';

const pages = builtPages();
const articles = SECTIONS.flatMap((section) =>
  articlesIn(FOLDERS[section.collection])
    .filter((f) => f.data.draft !== true)
    .map((f) => ({ path: `/${section.path}/${f.id}/`, title: String(f.data.title), section })),
);

describe('every entry has its page', () => {
  it('finds articles to check', () => {
    expect(articles.length).toBeGreaterThanOrEqual(12);
  });
  for (const a of articles) {
    it(a.path, () => {
      expect(pages).toContain(a.path);
      const html = readPage(a.path);
      expect(html).toContain('Last reviewed on');
      expect(html).toMatch(/<h2 id="sources-heading"[^>]*>Sources<\/h2>/);
    });
  }
  it('has the fixed pages', () => {
    for (const path of ['/', '/red-flags/', '/faq/', '/sources/', '/practice/', '/causes/', '/symptoms/', '/massage-types/', '/guides/']) {
      expect(pages).toContain(path);
    }
    expect(existsSync(join(distDir, '404.html'))).toBe(true);
  });
  it('leaves drafts out of the build', () => {
    const drafts = SECTIONS.flatMap((s) => articlesIn(FOLDERS[s.collection]).filter((f) => f.data.draft === true).map((f) => `/${s.path}/${f.id}/`));
    for (const d of drafts) expect(pages).not.toContain(d);
  });
});

describe('sitemap and robots', () => {
  /** The <loc>s of a built sitemap file (read in each test, so a missing file fails only these tests). */
  const locsIn = (file: string) => {
    const path = join(distDir, file);
    expect(existsSync(path), `${file} is built`).toBe(true);
    return [...readFileSync(path, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  };
  it('lists every article with the canonical site URL', () => {
    const locs = locsIn('sitemap-0.xml');
    for (const a of articles) expect(locs).toContain(`${TEST_SITE_URL}${a.path}`);
  });
  it('leaves the 404 page out', () => {
    expect(locsIn('sitemap-0.xml').some((l) => l.includes('404'))).toBe(false);
  });
  it('robots.txt points to the sitemap index, which lists the sitemap', () => {
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${TEST_SITE_URL}/sitemap-index.xml`);
    expect(locsIn('sitemap-index.xml')).toEqual([`${TEST_SITE_URL}/sitemap-0.xml`]);
  });
  it('pages carry a canonical URL', () => {
    expect(page$('/causes/')('link[rel="canonical"]').attr('href')).toBe(`${TEST_SITE_URL}/causes/`);
  });
});

describe('the red-flag panel', () => {
  // The practice's own wording and the red-flags collection, so a non-US practice or a new
  // warning sign changes what is expected, not whether the test passes.
  const practice = parse(readFileSync(join(root, 'content/practice/site.yaml'), 'utf8')) as { emergencyWording: string };
  const flags = articlesIn('red-flags').filter((f) => f.data.draft !== true);
  const titles = (urgency: string) => flags.filter((f) => f.data.urgency === urgency).map((f) => String(f.data.title)).sort();

  it('has emergency and same-day warning signs to show', () => {
    expect(titles('emergency').length).toBeGreaterThan(0);
    expect(titles('urgent').length).toBeGreaterThan(0);
  });

  it.each(articles.map((a) => a.path))('%s shows it with the practice’s emergency wording and every emergency and same-day sign', (path) => {
    const $ = page$(path);
    const panel = $('aside.red-flag-panel');
    expect(panel).toHaveLength(1);
    expect(panel.find('h2').text()).toBe('Get urgent help if…');
    expect(panel.text()).toContain(practice.emergencyWording);
    const [emergency, urgent] = panel.find('ul').toArray().map((ul) => $(ul).find('a').toArray().map((a) => $(a).text().trim()).sort());
    expect(emergency).toEqual(titles('emergency'));
    expect(urgent).toEqual(titles('urgent'));
    expect(panel.find('a[href="/red-flags/"]').text()).toBe('All warning signs, and what to do');
  });
});
