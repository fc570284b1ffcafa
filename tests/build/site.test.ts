// The real site, built once by the global setup: every entry has its page, the sitemap
// lists them, internal links resolve, and every article carries the red-flag panel.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, readPage } from '../helpers/dist';
import { distDir } from '../helpers/paths';
import { FOLDERS, articlesIn } from '../helpers/contentFiles';
import { SECTIONS } from '../../src/lib/sections';

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
  const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  it('lists every article with the canonical site URL', () => {
    for (const a of articles) expect(locs).toContain(`https://sciatica.example.com${a.path}`);
  });
  it('leaves the 404 page out', () => {
    expect(locs.some((l) => l?.includes('404'))).toBe(false);
  });
  it('robots.txt points to the sitemap', () => {
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://sciatica.example.com/sitemap-index.xml');
  });
  it('pages carry a canonical URL', () => {
    expect(readPage('/causes/')).toContain('<link rel="canonical" href="https://sciatica.example.com/causes/">');
  });
});

describe('links and panels', () => {
  it('every internal link on every page resolves to a built page or file', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = readPage(page);
      for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
        if (!href || !href.startsWith('/') || href.startsWith('//')) continue;
        const path = href.split('#')[0]!.split('?')[0]!;
        const target = join(distDir, decodeURI(path));
        if (!existsSync(target) && !existsSync(join(target, 'index.html'))) broken.push(`${page} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every article page shows the red-flag panel with emergency and same-day help', () => {
    for (const a of articles) {
      const html = readPage(a.path);
      expect(html, a.path).toContain('Get urgent help if…');
      expect(html, a.path).toContain('call 911');
    }
  });

  it('in-text citations link to bibliography anchors that exist', () => {
    const sources = readPage('/sources/');
    const anchors = new Set([...sources.matchAll(/<li id="([^"]+)"/g)].map((m) => m[1]));
    let citations = 0;
    for (const a of articles) {
      for (const [, id] of readPage(a.path).matchAll(/href="\/sources\/#([^"]+)"/g)) {
        citations++;
        expect(anchors.has(id), `${a.path} cites #${id}`).toBe(true);
      }
    }
    expect(citations).toBeGreaterThan(articles.length);
  });
});
