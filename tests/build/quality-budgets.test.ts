// Size budgets on the built site (sizes, never timings): an article arrives in one round
// trip, ships no JavaScript of its own, nothing render-blocking comes from another
// origin. (No <img> test: the site has no content image; the editing fixture in
// content-errors-editing.test.ts builds one through astro:assets and checks it.)
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, readPage } from '../helpers/dist';
import { distDir } from '../helpers/paths';
import { openingTag, page$, type CheerioAPI } from '../helpers/html';
import { SECTIONS } from '../../src/collections';

/** What the first TCP round trip delivers (10 segments of ~1.4 KB): the page should fit. */
const ROUND_TRIP = 14 * 1024;
/**
 * The same article in Spanish says the same in about 7% more bytes (median Spanish/English
 * HTML, gzipped, over the 69 pairs; at most 9%): its budget is the round trip plus that much,
 * so a Spanish page may not grow more than its language makes it.
 */
const SPANISH_ROUND_TRIP = Math.round(ROUND_TRIP * 1.07);
/** The header search's boot script on every page (issue: search loads on first use). */
const SHARED_SCRIPT_BUDGET = 2 * 1024;

const pages = builtPages();
const isArticle = (page: string) => SECTIONS.some((s) => new RegExp(`^/(es/)?${s.path}/[^/]+/$`).test(page));
const articles = pages.filter(isArticle);
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const asset = (href: string) => readFileSync(join(distDir, new URL(href, 'http://x/').pathname));
const scriptSrcs = ($: CheerioAPI) => $('script[src]').toArray().map((el) => el.attribs['src']!);
const inlineScripts = ($: CheerioAPI) => $('script:not([src]):not([type="application/ld+json"])').toArray().map((el) => `${openingTag(el)}${$(el).text().slice(0, 60)}`);
const stylesheets = ($: CheerioAPI) => $('link[rel="stylesheet"]').toArray().map((el) => el.attribs['href']!);

describe('an article fits in one round trip', () => {
  it('has articles to measure', () => expect(articles.length).toBeGreaterThan(10));

  it.each(articles)('%s: HTML + CSS within one round trip, gzipped', (page) => {
    const html = readPage(page);
    const css = stylesheets(page$(page)).map((href) => gz(asset(href)));
    const total = gz(html) + css.reduce((a, b) => a + b, 0);
    const budget = page.startsWith('/es/') ? SPANISH_ROUND_TRIP : ROUND_TRIP;
    expect(total, `${page}: HTML ${gz(html)} B + CSS ${css.join(' + ')} B gzipped`).toBeLessThanOrEqual(budget);
  });

  it('keeps each Spanish article within 10% of its English page', () => {
    const heavier = articles
      .filter((p) => p.startsWith('/es/'))
      .map((p) => ({ p, ratio: gz(readPage(p)) / gz(readPage(p.slice(3))) }))
      .filter(({ ratio }) => ratio > 1.1)
      .map(({ p, ratio }) => `${p}: ${ratio.toFixed(2)}×`);
    expect(heavier).toEqual([]);
  });
});

describe('article pages ship no JavaScript of their own', () => {
  // Scripts every page has (the header search boot) are the site's, not the article's.
  const nonArticle = pages.filter((p) => !isArticle(p) && !/^\/(es\/)?search\/$/.test(p));
  const everywhere = new Set(nonArticle.map((p) => scriptSrcs(page$(p))).reduce((a, b) => a.filter((s) => b.includes(s))));

  it.each(articles)('%s', (page) => {
    const $ = page$(page);
    expect(inlineScripts($), 'no inline scripts').toEqual([]);
    expect(scriptSrcs($).filter((src) => !everywhere.has(src)), 'no script that only articles load').toEqual([]);
    const handlers = $('*').toArray().filter((el): el is Element => 'attribs' in el && Object.keys(el.attribs).some((a) => /^on[a-z]+$/.test(a)));
    expect(handlers.map(openingTag), 'no event-handler attributes').toEqual([]);
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
    const $ = page$(page);
    const external = (url: string | undefined) => !!url && /^(https?:)?\/\//.test(url);
    const offenders = [
      ...$('link').toArray().filter((el) => ['stylesheet', 'preload', 'modulepreload', 'preconnect', 'dns-prefetch', 'icon', 'manifest'].includes(el.attribs['rel'] ?? '') && external(el.attribs['href'])),
      ...$('script, img, iframe, source, video, audio, embed, object').toArray().filter((el) => external(el.attribs['src'] ?? el.attribs['data'])),
    ].map(openingTag);
    expect(offenders).toEqual([]);
    const inlineCss = [...$('style').toArray().map((el) => $(el).text()), ...$('[style]').toArray().map((el) => el.attribs['style']!)].join('\n');
    expect(inlineCss, 'no CSS @import or url() to another origin in inline styles').not.toMatch(/(@import|url\()\s*["']?(https?:)?\/\//);
  });

  it('stylesheets load nothing from another origin', () => {
    const sheets = new Set(pages.flatMap((p) => stylesheets(page$(p))));
    for (const href of sheets) expect(asset(href).toString(), href).not.toMatch(/(@import|url\()\s*["']?(https?:)?\/\//);
  });
});
