// The Pagefind bundle of the built site exists, in the site's language, with the typo
// vocabulary beside it, and the pages that don't search ship no search code. What the index
// holds is read through Pagefind's own JS API in tests/e2e/search.test.ts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../helpers/dist';
import { distDir } from '../helpers/paths';
import { page$ } from '../helpers/html';
import { SECTIONS } from '../../src/collections';

const bundle = join(distDir, 'pagefind');
const ARTICLE = new RegExp(`^/(${SECTIONS.map((s) => s.path).join('|')})/[^/]+/$`);
const articles = builtPages().filter((p) => ARTICLE.test(p));

describe('search index', () => {
  // pagefind-entry.json is the file pagefind.js reads first to pick the index for <html lang>.
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };

  it('is written into dist/pagefind/ with the JS API and its WASM', () => {
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    expect(readdirSync(bundle).some((f) => f.startsWith('wasm.en'))).toBe(true);
  });

  it('has one index per language of the site, from <html lang>', () => {
    const lang = page$('/')('html').attr('lang')?.toLowerCase();
    const spanish = page$('/es/')('html').attr('lang')?.toLowerCase();
    expect(lang).toMatch(/^en/);
    expect(spanish).toBe('es-us');
    expect(Object.keys(entry.languages).sort()).toEqual([lang, spanish].sort());
  });

  it('writes the vocabulary used to fix typos', () => {
    const vocabulary = JSON.parse(readFileSync(join(distDir, 'search', 'words.json'), 'utf8')) as string[];
    expect(vocabulary).toContain('sciatica');
    expect(vocabulary).toContain('piriformis');
  });
});

describe('search code on ordinary pages', () => {
  const page = readPage('/causes/herniated-disc/');
  const $ = page$('/causes/herniated-disc/');
  const scripts = $('script[src]').toArray().map((el) => el.attribs['src']!);

  it('is only the small loader: no Pagefind and no search UI until a search starts', () => {
    expect(page).not.toMatch(/pagefind\.js|pagefind-ui|searchUi/);
    expect(scripts).toHaveLength(1);
    const loader = readFileSync(join(distDir, scripts[0]!.replace(/^\//, '')));
    expect(loader.toString()).toMatch(/searchUi/);
    // Measured: about 1.2 KB gzipped, most of it Vite's import helper.
    expect(gzipSync(loader).length).toBeLessThan(2_000);
  });

  it('keeps a plain form that opens /search/ without JavaScript', () => {
    const form = $('form[role="search"]');
    expect(form.attr('action')).toBe('/search/');
    expect(form.attr('method')).toBe('get');
    expect(form.find('input[name="q"]')).toHaveLength(1);
  });
});

describe('/search/ without JavaScript', () => {
  it('lists every article A–Z', () => {
    const $search = page$('/search/');
    for (const path of articles) expect($search(`.az a[href="${path}"]`), path).toHaveLength(1);
  });
});
