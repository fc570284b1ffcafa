// Every internal link, asset and #fragment on every built page resolves, every link to
// another site carries rel="noopener", and every in-text citation points at an entry of
// the bibliography that the article also lists.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../helpers/dist';
import { distDir } from '../helpers/paths';
import { openingTag, page$ } from '../helpers/html';
import { SECTIONS } from '../../src/collections';

const pages = builtPages();
const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
/** The SITE_URL the test build used, read back from robots.txt (canonical and og:url are absolute). */
const siteOrigin = new URL(/Sitemap: (\S+)/.exec(robots)![1]!).origin;

const idCache = new Map<string, Set<string>>();
const idsOf = (page: string) => {
  if (!idCache.has(page)) {
    const $ = page$(page);
    idCache.set(page, new Set($('[id]').toArray().map((el) => el.attribs['id']!)));
  }
  return idCache.get(page)!;
};

/** The built file a site path points at, or undefined. */
function fileFor(pathname: string): string | undefined {
  const target = join(distDir, decodeURIComponent(pathname));
  if (existsSync(target) && statSync(target).isFile()) return target;
  // "/404" is the page 404.html, the way builtPages() names it.
  return [join(target, 'index.html'), `${target}.html`].find((f) => existsSync(f));
}

/** Broken references on one page: "href=/x/ → no such page", "#y → no such id". */
function brokenLinks(page: string): string[] {
  const broken: string[] = [];
  const pageUrl = new URL(page, `${siteOrigin}/`);
  const $ = page$(page);
  for (const el of $('a, link, img, script, source, form, use, meta').toArray()) {
    const name = el.tagName;
    const attr = name === 'form' ? 'action' : name === 'img' || name === 'script' || name === 'source' ? 'src' : name === 'meta' ? 'content' : 'href';
    const value = el.attribs[attr] ?? (name === 'use' ? el.attribs['xlink:href'] : undefined);
    if (value === undefined) continue;
    if (name === 'meta' && !value.startsWith(siteOrigin)) continue;
    if (/^(mailto:|tel:|data:)/.test(value)) continue;
    if (name === 'a' && /^(https?:)?\/\//.test(value) && !new URL(value, pageUrl).href.startsWith(siteOrigin)) {
      const rel = (el.attribs['rel'] ?? '').split(/\s+/);
      if (!rel.includes('noopener')) broken.push(`${openingTag(el)} leaves the site without rel="noopener"`);
      continue;
    }
    if (/^javascript:/i.test(value)) {
      broken.push(`${openingTag(el)} uses a javascript: URL`);
      continue;
    }
    const url = new URL(value, pageUrl);
    if (url.origin !== siteOrigin) continue;
    const file = fileFor(url.pathname);
    if (!file) {
      broken.push(`${attr}="${value}" → nothing built at ${url.pathname}`);
      continue;
    }
    if (url.hash && url.hash !== '#') {
      const id = decodeURIComponent(url.hash.slice(1));
      const targetPage = url.pathname === new URL(page, pageUrl).pathname ? page : url.pathname;
      if (!file.endsWith('.html')) broken.push(`${attr}="${value}" → a #fragment on a file that is not a page`);
      else if (!idsOf(targetPage).has(id)) broken.push(`${attr}="${value}" → no element with id="${id}" on ${targetPage}`);
    } else if (url.hash === '#' && name === 'a') {
      broken.push(`${openingTag(el)} links to "#", which goes nowhere`);
    }
  }
  return broken;
}

describe('internal links and fragments resolve on every page', () => {
  it('finds pages and the site origin', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(siteOrigin).toMatch(/^https?:\/\//);
  });
  it.each(pages)('%s', (page) => {
    expect(brokenLinks(page)).toEqual([]);
  });
});

describe('citations point at bibliography entries', () => {
  const entries = new Set(page$('/sources/')('ol.bibliography > li[id]').toArray().map((li) => li.attribs['id']!));
  const articlePages = pages.filter((p) => SECTIONS.some((s) => new RegExp(`^/${s.path}/[^/]+/$`).test(p)));
  /** The #keys of links to /sources/ among the given elements. */
  const sourceKeys = (links: { attribs: Record<string, string> }[]) =>
    links.map((a) => /\/sources\/#(.+)$/.exec(a.attribs['href'] ?? '')?.[1]).filter((k): k is string => Boolean(k)).map(decodeURIComponent);

  it('has a bibliography and articles to check', () => {
    expect(entries.size).toBeGreaterThan(5);
    expect(articlePages.length).toBeGreaterThan(10);
  });

  it.each(articlePages)('%s', (page) => {
    const $ = page$(page);
    const items = $('section[aria-labelledby="sources-heading"] ol > li').toArray();
    const listedKeys = sourceKeys($(items).find('a[href]').toArray());
    expect(listedKeys.length, 'the article lists its sources').toBeGreaterThan(0);
    for (const key of listedKeys) expect(entries.has(key), `listed source ${key} is in the bibliography`).toBe(true);
    // In-text citations are numbered markers: each leads to the numbered entry it names.
    const markers = $('.prose sup.cite a').toArray();
    expect(markers.length, 'the article cites in the text').toBeGreaterThan(0);
    for (const marker of markers) {
      const n = Number(/#source-(\d+)$/.exec(marker.attribs['href'] ?? '')?.[1]);
      const item = items[n - 1];
      expect(item?.attribs['id'], `${marker.attribs['href']} has its entry`).toBe(`source-${n}`);
      const label = $(item!).find('a').first().text();
      expect(marker.attribs['aria-label'], 'named for screen readers after the entry it leads to').toBe(`Source ${n}: ${label.replace(': ', ', ')}`);
      expect($(marker).text()).toBe(String(n));
    }
    // Numbered in the order of first citation: the first marker of each new number is the next number.
    const firstSeen = [...new Set(markers.map((m) => m.attribs['href']))].map((h) => Number(/(\d+)$/.exec(h ?? '')?.[1]));
    expect(firstSeen).toEqual(firstSeen.map((_, i) => i + 1));
  });
});
