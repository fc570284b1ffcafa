// The Pagefind index of the built site: it exists, it holds every article and nothing
// else, it reads only the article (not header, footer or the repeated panels), and the
// pages that don't search ship no search code.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../helpers/dist';
import { distDir } from '../helpers/paths';
import { SECTIONS } from '../../src/lib/sections';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { id: string; text?: string }[];
}

const bundle = join(distDir, 'pagefind');
const ARTICLE = new RegExp(`^/(${SECTIONS.map((s) => s.path).join('|')})/[^/]+/$`);
const articles = builtPages().filter((p) => ARTICLE.test(p));

/** Pagefind writes each page's record as gzip of "pagefind_dcd" + JSON. */
function fragments(): Fragment[] {
  const dir = join(bundle, 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  });
}

describe('search index', () => {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const records = fragments();

  it('is written into dist/pagefind/ with the JS API and its WASM', () => {
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    expect(readdirSync(bundle).some((f) => f.startsWith('wasm.en'))).toBe(true);
  });

  it('is in the site’s language, from <html lang>', () => {
    const lang = /<html lang="([^"]+)"/.exec(readPage('/'))?.[1]?.toLowerCase();
    expect(lang).toMatch(/^en/);
    expect(Object.keys(entry.languages)).toEqual([lang]);
  });

  it('covers every article, and only articles', () => {
    expect(articles.length).toBeGreaterThan(0);
    expect(Object.values(entry.languages)[0]?.page_count).toBe(articles.length);
    expect(records.map((r) => r.url).sort()).toEqual([...articles].sort());
  });

  it('gives every article a title and its section as a filter', () => {
    const labels = SECTIONS.map((s) => s.label);
    for (const record of records) {
      expect(record.meta['title'], record.url).toBeTruthy();
      expect(labels, record.url).toContain(record.filters['section']?.[0]);
    }
  });

  it('reads the article only: no header, footer, red-flag panel, booking box, review line or source list', () => {
    for (const record of records) {
      expect(record.content, record.url).not.toMatch(/Skip to content|Book a massage|Get urgent help if|Thinking about massage\?|Last reviewed on|Read next/);
      expect(record.anchors.map((a) => a.id), record.url).not.toContain('sources-heading');
    }
  });

  it('makes aliases searchable as their own weighted field, as shown on the page', () => {
    const disc = records.find((r) => r.url === '/causes/herniated-disc/');
    expect(disc?.meta['aliases']).toMatch(/slipped disc/);
    expect(readPage('/causes/herniated-disc/')).toMatch(/Also called:/);
  });

  it('opens FAQ answers on the FAQ page at their question', () => {
    const faqPage = readPage('/faq/');
    const faqs = records.filter((r) => r.url.startsWith('/faq/'));
    expect(faqs.length).toBeGreaterThan(0);
    for (const record of faqs) {
      const slug = record.url.split('/')[2];
      expect(record.meta['url']).toBe(`/faq/#${slug}`);
      expect(faqPage).toContain(`id="${slug}"`);
    }
  });

  it('writes the vocabulary used to fix typos', () => {
    const vocabulary = JSON.parse(readFileSync(join(distDir, 'search', 'words.json'), 'utf8')) as string[];
    expect(vocabulary).toContain('sciatica');
    expect(vocabulary).toContain('piriformis');
  });
});

describe('search code on ordinary pages', () => {
  const page = readPage('/causes/herniated-disc/');
  const scripts = [...page.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);

  it('is only the small loader: no Pagefind and no search UI until a search starts', () => {
    expect(page).not.toMatch(/pagefind\.js|pagefind-ui|searchUi/);
    expect(scripts).toHaveLength(1);
    const loader = readFileSync(join(distDir, scripts[0]!.replace(/^\//, '')));
    expect(loader.toString()).toMatch(/searchUi/);
    // Measured: about 1.2 KB gzipped, most of it Vite's import helper.
    expect(gzipSync(loader).length).toBeLessThan(2_000);
  });

  it('keeps a plain form that opens /search/ without JavaScript', () => {
    expect(page).toMatch(/<form[^>]*role="search"[^>]*action="\/search\/"[^>]*method="get"/);
    expect(page).toMatch(/<input[^>]*name="q"/);
  });
});

describe('/search/ without JavaScript', () => {
  const html = readPage('/search/');
  it('lists every article A–Z', () => {
    for (const path of articles) expect(html, path).toContain(`href="${path}"`);
  });
});
