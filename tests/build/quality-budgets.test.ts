// Size budgets on the built site (sizes, never timings): an article arrives in one round
// trip, ships no JavaScript of its own, nothing render-blocking comes from another
// origin, and every image has its dimensions.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, readPage } from '../helpers/dist';
import { distDir } from '../helpers/paths';
import { tags } from '../helpers/html';
import { SECTIONS } from '../../src/lib/sections';

/** What the first TCP round trip delivers (10 segments of ~1.4 KB): the page should fit. */
const ROUND_TRIP = 14 * 1024;
/** The header search's boot script on every page (issue: search loads on first use). */
const SHARED_SCRIPT_BUDGET = 2 * 1024;

const pages = builtPages();
const isArticle = (page: string) => SECTIONS.some((s) => new RegExp(`^/${s.path}/[^/]+/$`).test(page));
const articles = pages.filter(isArticle);
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const asset = (href: string) => readFileSync(join(distDir, new URL(href, 'http://x/').pathname));
const scriptSrcs = (html: string) => tags(html, 'script').filter((t) => t.attrs.src).map((t) => t.attrs.src!);
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1] ?? '') && !/type="application\/ld\+json"/.test(m[1] ?? ''));

describe('an article fits in one round trip', () => {
  it('has articles to measure', () => expect(articles.length).toBeGreaterThan(10));

  it.each(articles)('%s: HTML + CSS <= 14 KB gzipped', (page) => {
    const html = readPage(page);
    const css = tags(html, 'link')
      .filter((t) => t.attrs.rel === 'stylesheet')
      .map((t) => gz(asset(t.attrs.href!)));
    const total = gz(html) + css.reduce((a, b) => a + b, 0);
    expect(total, `${page}: HTML ${gz(html)} B + CSS ${css.join(' + ')} B gzipped`).toBeLessThanOrEqual(ROUND_TRIP);
  });
});

describe('article pages ship no JavaScript of their own', () => {
  // Scripts every page has (the header search boot) are the site's, not the article's.
  const nonArticle = pages.filter((p) => !isArticle(p) && p !== '/search/');
  const everywhere = new Set(nonArticle.map((p) => scriptSrcs(readPage(p))).reduce((a, b) => a.filter((s) => b.includes(s))));

  it.each(articles)('%s', (page) => {
    const html = readPage(page);
    expect(inlineScripts(html).map((m) => m[0].slice(0, 80)), 'no inline scripts').toEqual([]);
    expect(scriptSrcs(html).filter((src) => !everywhere.has(src)), 'no script that only articles load').toEqual([]);
    expect(html, 'no event-handler attributes').not.toMatch(/\son[a-z]+="/);
  });

  it('the one site-wide script (search boot) stays small and loads the search only on use', () => {
    const shared = [...everywhere];
    const size = shared.map((src) => gz(asset(src))).reduce((a, b) => a + b, 0);
    expect(size, `${shared.join(', ')}: ${size} B gzipped`).toBeLessThanOrEqual(SHARED_SCRIPT_BUDGET);
    for (const src of shared) expect(asset(src).toString(), `${src} imports nothing eagerly`).not.toMatch(/^import\s/m);
  });
});

describe('nothing render-blocking or loaded from another origin', () => {
  it.each(pages)('%s', (page) => {
    const html = readPage(page);
    const external = (url: string | undefined) => !!url && /^(https?:)?\/\//.test(url);
    const offenders = [
      ...tags(html, 'link').filter((t) => ['stylesheet', 'preload', 'modulepreload', 'preconnect', 'dns-prefetch', 'icon', 'manifest'].includes(t.attrs.rel ?? '') && external(t.attrs.href)),
      ...tags(html, 'script', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'object').filter((t) => external(t.attrs.src ?? t.attrs.data)),
    ].map((t) => t.raw);
    expect(offenders).toEqual([]);
    expect(html, 'no CSS @import or url() to another origin in inline styles').not.toMatch(/(@import|url\()\s*["']?(https?:)?\/\//);
  });

  it('stylesheets load nothing from another origin', () => {
    const sheets = new Set(pages.flatMap((p) => tags(readPage(p), 'link').filter((t) => t.attrs.rel === 'stylesheet').map((t) => t.attrs.href!)));
    for (const href of sheets) expect(asset(href).toString(), href).not.toMatch(/(@import|url\()\s*["']?(https?:)?\/\//);
  });
});

describe('images', () => {
  it.each(pages)('%s: every <img> has width, height and alt, and comes through astro:assets', (page) => {
    for (const img of tags(readPage(page), 'img')) {
      expect(img.attrs.width, img.raw).toMatch(/^\d+$/);
      expect(img.attrs.height, img.raw).toMatch(/^\d+$/);
      expect(img.attrs.alt, img.raw).toBeDefined();
      expect(img.attrs.src, `${img.raw} is optimised by astro:assets (/_astro/)`).toMatch(/\/_astro\//);
    }
  });
});
