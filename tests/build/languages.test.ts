// The site in two languages, as the real build and the variant (a UK practice with Spanish
// pages, one out-of-date translation and one missing) publish it: every page has its twin and
// the switcher leads to it both ways; lang, hreflang, canonical, JSON-LD, sitemap and feed say
// the page's language; no page mixes the two languages in its interface words.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../helpers/dist';
import { jsonLdBlocks, page$, type CheerioAPI } from '../helpers/html';
import { distDir, tmpDir, TEST_SITE_URL, VARIANT, variantDistDir } from '../helpers/paths';
import { ADDED_SENTENCE, MISSING, STALE } from '../helpers/translationFixture';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { checkContent } from '../../src/editorial/pipeline';

const pages = builtPages();
const spanish = pages.filter((p) => p.startsWith('/es/'));
const english = pages.filter((p) => !p.startsWith('/es/'));
const twin = (path: string) => (path.startsWith('/es/') ? path.slice(3) : `/es${path}`);
// Pages without a switcher: the error page (no canonical address) is reached from any address.
const withSwitcher = (path: string) => !/^\/(es\/)?404$/.test(path);

/** Every string of a strings table, with its path ("cta.lead"). */
function leaves(table: unknown, path = ''): [string, string][] {
  if (typeof table === 'string') return [[path, table]];
  // A label written as lines (a diagram's wrapped text) is one string, in as many lines as its language needs.
  if (Array.isArray(table) && table.every((line) => typeof line === 'string')) return [[path, table.join(' ')]];
  if (!table || typeof table !== 'object') return [];
  return Object.entries(table).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

/** The page's own words: header, footer, panels and notices, not the article text or a quoted English page. */
function interfaceText($: CheerioAPI): string {
  const body = $('body').clone();
  body.find('script, style, .prose, [lang^="en"], [lang^="es"]').remove();
  return body.text().replace(/\s+/g, ' ');
}

describe('every page in both languages', () => {
  it('publishes a Spanish twin of every English page, and no Spanish page without one', () => {
    expect(spanish.length).toBeGreaterThan(80);
    expect(english.filter((p) => !pages.includes(twin(p)))).toEqual([]);
    expect(spanish.filter((p) => !pages.includes(twin(p)))).toEqual([]);
  });

  it('links each page to its twin from the switcher, both ways, and says the language of each', () => {
    const wrong: string[] = [];
    for (const path of pages.filter(withSwitcher)) {
      const $ = page$(path);
      const isSpanish = path.startsWith('/es/');
      if ($('html').attr('lang') !== (isSpanish ? 'es-US' : 'en-US')) wrong.push(`${path}: <html lang="${$('html').attr('lang')}">`);
      const link = $('a.lang-switch');
      if (link.attr('href') !== twin(path)) wrong.push(`${path}: switcher → ${link.attr('href')}`);
      if (link.attr('hreflang') !== (isSpanish ? 'en-US' : 'es-US') || link.text() !== (isSpanish ? 'English' : 'Español')) {
        wrong.push(`${path}: switcher ${link.attr('hreflang')} "${link.text()}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives search engines the canonical page and both alternates (hreflang, x-default)', () => {
    for (const path of ['/causes/herniated-disc/', '/es/causes/herniated-disc/', '/es/', '/faq/']) {
      const $ = page$(path);
      const englishPath = path.replace(/^\/es\//, '/');
      expect($('link[rel="canonical"]').attr('href'), path).toBe(`${TEST_SITE_URL}${path}`);
      const alternates = Object.fromEntries($('link[rel="alternate"][hreflang]:not([type])').toArray().map((el) => [el.attribs['hreflang'], el.attribs['href']]));
      expect(alternates, path).toEqual({
        'en-US': `${TEST_SITE_URL}${englishPath}`,
        'es-US': `${TEST_SITE_URL}/es${englishPath}`,
        'x-default': `${TEST_SITE_URL}${englishPath}`,
      });
    }
  });

  it('says inLanguage es-US in the structured data and es_US in link previews of a Spanish page', () => {
    const $ = page$('/es/red-flags/saddle-numbness/');
    const graph = jsonLdBlocks($).flatMap((b) => ((b as { '@graph'?: unknown[] })['@graph'] ?? [b]) as { '@type'?: string; inLanguage?: string }[]);
    expect(graph.find((n) => n['@type'] === 'MedicalWebPage')?.inLanguage).toBe('es-US');
    expect($('meta[property="og:locale"]').attr('content')).toBe('es_US');
    expect($('meta[property="og:image"]').attr('content')).toBe(`${TEST_SITE_URL}/og/es/red-flags/saddle-numbness.png`);
  });

  it('lists every page with its twin in the sitemap and publishes a feed per language', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${TEST_SITE_URL}/es/causes/herniated-disc/</loc>`);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="es-US" href="${TEST_SITE_URL}/es/causes/herniated-disc/"/>`);
    const feed = readFileSync(join(distDir, 'es/rss.xml'), 'utf8');
    expect(feed).toContain('<language>es-US</language>');
    expect(feed).toContain(`<link>${TEST_SITE_URL}/es/guides/`);
    expect(feed).not.toContain(`<link>${TEST_SITE_URL}/guides/`);
  });
});

describe('a Spanish page speaks Spanish', () => {
  // Interface strings that differ between the tables and are long enough not to be a shared word.
  const pairs = leaves(en)
    .map(([key, value]) => [key, value, leaves(es).find(([k]) => k === key)?.[1]] as const)
    .filter(([, value, other]) => value !== other && value.length >= 12);

  it('has every interface string of the English table in Spanish, and none of them empty', () => {
    const englishKeys = leaves(en).map(([k]) => k).sort();
    expect(leaves(es).map(([k]) => k).sort()).toEqual(englishKeys);
    const blank = new Set(leaves(en).filter(([, v]) => v === '').map(([k]) => k));
    expect(leaves(es).filter(([k, v]) => v.trim() === '' && !blank.has(k))).toEqual([]);
  });

  it('shows no English interface words on a Spanish page, and no Spanish ones on an English page', () => {
    const mixed: string[] = [];
    for (const path of pages) {
      const text = interfaceText(page$(path));
      for (const [key, enText, esText] of pairs) {
        const wrong = path.startsWith('/es/') ? enText : esText;
        if (wrong && text.includes(wrong)) mixed.push(`${path}: ${key} "${wrong.slice(0, 60)}"`);
      }
    }
    expect(mixed).toEqual([]);
  });

  it('links Spanish text to Spanish pages, with Spanish citation markers and emergency wording', () => {
    const $ = page$('/es/causes/herniated-disc/');
    const internal = $('.prose a[href^="/"]').toArray().map((a) => a.attribs['href'] ?? '');
    expect(internal.length).toBeGreaterThan(3);
    expect(internal.filter((href) => !href.startsWith('/es/'))).toEqual([]);
    expect($('.prose sup.cite a').first().attr('aria-label')).toMatch(/^Fuente 1: /);
    const flag = page$('/es/red-flags/saddle-numbness/');
    expect(flag('.urgency').text()).toContain('Llame al 911 (en EE. UU.) o vaya de inmediato a la sala de emergencias más cercana.');
  });
});

describe('a practice whose Spanish pages are partly out of date (the variant build)', () => {
  const sub = VARIANT.base;
  const variant = builtPages(variantDistDir);

  it('publishes the Spanish site under its base path with the practice’s own emergency number', () => {
    expect(variant).toContain('/es/red-flags/saddle-numbness/');
    const $ = page$('/es/red-flags/saddle-numbness/', variantDistDir);
    expect($('.urgency').text()).toContain('Llame al 999 o vaya de inmediato a urgencias (A&E).');
    expect($('a.lang-switch').attr('href')).toBe(`${sub}red-flags/saddle-numbness/`);
    const spanishPages = variant.filter((p) => p.startsWith('/es/'));
    const with911 = spanishPages.filter((p) => /\b911\b/.test(interfaceText(page$(p, variantDistDir)) + page$(p, variantDistDir)('.prose').text()));
    expect(with911).toEqual([]);
  });

  it('marks a translation of an older English page, and links the newer English page', () => {
    const $ = page$(`/es/${STALE.path}`, variantDistDir);
    const note = $('.translation-note');
    expect(note.text()).toContain(es.translation.stale);
    expect(note.find('a').attr('href')).toBe(`${sub}${STALE.path}`);
    expect(page$(`/${STALE.path}`, variantDistDir)('.prose').text()).toContain(ADDED_SENTENCE);
    // The translation itself is still shown.
    expect($('.prose').attr('lang')).toBeUndefined();
  });

  it('offers the English page, marked as English, where a translation is missing', () => {
    const $ = page$(`/es/${MISSING.path}`, variantDistDir);
    expect($('.translation-note').text()).toContain(es.translation.missing);
    expect($('.prose').attr('lang')).toBe('en');
    expect($('h1').attr('lang')).toBe('en');
    expect($('a.lang-switch').attr('href')).toBe(`${sub}${MISSING.path}`);
  });

  it('lists both pages in the check, naming the Spanish and the English file', () => {
    const { problems } = checkContent(join(tmpDir, 'fixtures', 'variant'), 'check');
    const translations = problems.filter((p) => p.step === 'translations');
    expect(translations.every((p) => p.severity === 'warning')).toBe(true);
    const stale = translations.find((p) => p.file === STALE.spanish);
    expect(stale?.message).toContain(`translates an older version of ${STALE.english}`);
    expect(stale?.field).toBe('translationOf');
    const missing = translations.find((p) => p.file === MISSING.spanish);
    expect(missing?.message).toContain(`${MISSING.english} has no Spanish translation yet`);
    // The variant's GFM fixture pages (tests/helpers/gfmFixture.ts) are English-only too.
    expect(translations.filter((p) => !p.file.includes('/gfm-check-'))).toHaveLength(2);
  });
});
