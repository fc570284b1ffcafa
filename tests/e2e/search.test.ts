// Search as a visitor uses it, in Chromium against the real built site: the words people
// in pain type find the right page in the top three; the keyboard works; screen readers
// get the count; nothing loads before a search starts; /search/ filters by section. And the
// index itself, read through Pagefind's public JS API (the built pagefind.js) in the browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { builtPages } from '../helpers/dist';
import { distDir } from '../helpers/paths';
import { page$ } from '../helpers/html';
import { SECTIONS } from '../../src/collections';
import { serveDist, type StaticServer } from '../helpers/staticServer';
import { pool } from '../helpers/pool';

/**
 * Real queries, and the page(s) a visitor means by them. Where two pages are honest
 * answers (an FAQ and the guide it links to), either counts.
 */
/** Pages that are not articles but are worth finding. */
const READING_PAGES = ['/about/', '/emergency-card/'];

const QUERIES: { query: string; kind: string; expect: string[] }[] = [
  // Lay words: aliases shown as "Also called" on the page
  { query: 'slipped disc', kind: 'lay', expect: ['/causes/herniated-disc/'] },
  { query: 'pins and needles', kind: 'lay', expect: ['/symptoms/tingling/'] },
  { query: 'dead leg', kind: 'lay', expect: ['/symptoms/numbness/'] },
  { query: 'shooting pain down my leg', kind: 'lay', expect: ['/symptoms/radiating-leg-pain/'] },
  { query: 'lower back pain', kind: 'lay', expect: ['/symptoms/back-and-buttock-pain/'] },
  { query: 'hurts when I sit', kind: 'lay', expect: ['/symptoms/worse-sitting-bending-coughing/'] },
  { query: 'foot drop', kind: 'lay', expect: ['/symptoms/weakness/', '/red-flags/severe-or-worsening-weakness/'] },
  { query: "can't pee", kind: 'lay', expect: ['/red-flags/bladder-problems/'] },
  { query: 'numb bottom', kind: 'lay', expect: ['/red-flags/saddle-numbness/'] },
  { query: 'knots in my buttock', kind: 'lay', expect: ['/massage-types/trigger-point/'] },
  { query: 'foam roller', kind: 'lay', expect: ['/massage-types/self-massage/'] },
  { query: 'massage gun', kind: 'lay', expect: ['/massage-types/massage-guns/', '/guides/using-a-massage-gun/', '/faq/#massage-gun'] },
  { query: 'is it sciatica or my hip', kind: 'lay', expect: ['/guides/conditions-like-sciatica/'] },
  { query: 'sciatica myths', kind: 'lay', expect: ['/guides/myths-and-facts/'] },
  { query: 'sciatica surgery', kind: 'lay', expect: ['/guides/treatments-a-doctor-may-offer/'] },
  // Misspellings
  { query: 'what is siatica', kind: 'typo', expect: ['/faq/#what-is-sciatica'] },
  { query: 'siatica when pregnant', kind: 'typo', expect: ['/causes/pregnancy/', '/faq/#pregnancy'] },
  { query: 'pirifomis', kind: 'typo', expect: ['/causes/piriformis-syndrome/'] },
  { query: 'spinal stenossis', kind: 'typo', expect: ['/causes/spinal-stenosis/'] },
  { query: 'herniated disk', kind: 'typo', expect: ['/causes/herniated-disc/'] },
  // Medical terms
  { query: 'spondylolisthesis', kind: 'medical', expect: ['/causes/spondylolisthesis/'] },
  { query: 'cauda equina', kind: 'medical', expect: ['/causes/serious-causes/'] },
  { query: 'paresthesia', kind: 'medical', expect: ['/symptoms/tingling/'] },
  { query: 'neurogenic claudication', kind: 'medical', expect: ['/causes/spinal-stenosis/'] },
  { query: 'deep vein thrombosis', kind: 'medical', expect: ['/red-flags/possible-blood-clot/'] },
  { query: 'myofascial release', kind: 'medical', expect: ['/massage-types/myofascial-release/'] },
  { query: 'gabapentin sciatica', kind: 'medical', expect: ['/guides/treatments-a-doctor-may-offer/'] },
  { query: 'emergency card', kind: 'lay', expect: ['/emergency-card/'] },
  { query: 'conflict of interest', kind: 'lay', expect: ['/about/'] },
  // Questions
  { query: 'what is sciatica', kind: 'question', expect: ['/guides/sciatica-overview/', '/faq/#what-is-sciatica'] },
  { query: 'can massage make it worse', kind: 'question', expect: ['/faq/#can-massage-make-it-worse'] },
  { query: 'how long does sciatica last', kind: 'question', expect: ['/faq/#how-long-does-it-last', '/guides/how-long-sciatica-lasts/'] },
  { query: 'should I use heat or ice', kind: 'question', expect: ['/faq/#heat-or-ice'] },
  { query: 'does insurance cover massage', kind: 'question', expect: ['/faq/#insurance', '/guides/insurance-and-cost/'] },
  { query: 'which massage is best for sciatica', kind: 'question', expect: ['/faq/#best-massage-type'] },
  { query: 'is massage safe when pregnant', kind: 'question', expect: ['/faq/#pregnancy', '/causes/pregnancy/'] },
  { query: 'is my sciatica an emergency', kind: 'question', expect: ['/faq/#when-to-go-to-emergency'] },
  { query: 'how many sessions will I need', kind: 'question', expect: ['/faq/#how-many-sessions'] },
];

let server: StaticServer;
let browser: Browser;
let page: Page;
/** Errors the pages logged, shown when a search never answers. */
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await serveDist(distDir);
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}causes/herniated-disc/`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const INPUT = '#site-search-q';

/**
 * Types a query into the header box and returns the result links, best first. `paste: true`
 * puts the whole query in at once (one input event, one search) instead of key by key, for
 * sweeps where only the ranking is under test.
 */
async function headerSearch(p: Page, query: string, options: { paste?: boolean } = {}): Promise<string[]> {
  await p.fill(INPUT, '');
  await p.focus(INPUT);
  if (options.paste) await p.fill(INPUT, query);
  else await p.keyboard.type(query);
  await p
    .waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-panel]')?.dataset['query'] === q, query, { timeout: 15_000 })
    .catch(async (error: Error) => {
      const shown = await p.evaluate(() => document.querySelector<HTMLElement>('[data-search-panel]')?.dataset['query']);
      throw new Error(`No results shown for “${query}” (panel shows “${shown}”); page errors: ${pageErrors.join(' | ') || 'none'}. ${error.message}`);
    });
  return p.$$eval('[data-search-panel] .sr-result > .sr-result-title a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('header search finds what people type', () => {
  it('has at least 20 real queries of every kind', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(QUERIES.map((q) => q.kind))).toEqual(new Set(['lay', 'typo', 'medical', 'question']));
  });

  // Ranking only: each query goes in whole. Typing key by key is tested below (results as
  // you type, the live region, the keyboard, the phone).
  for (const { query, expect: wanted } of QUERIES) {
    it(`“${query}” → ${wanted[0]}`, async () => {
      const top3 = (await headerSearch(page, query, { paste: true })).slice(0, 3);
      expect(top3.some((href) => wanted.includes(href)), `top 3 were ${top3.join(', ')}`).toBe(true);
    });
  }

  it('finds every article by its own title within three results', async () => {
    const articles = builtPages().filter((p) => /^\/(causes|symptoms|massage-types|red-flags|faq|guides)\/[^/]+\/$/.test(p));
    // Two tabs share the titles: each runs Pagefind in a worker of its own.
    const second = await browser.newPage();
    await second.goto(`${server.url}causes/herniated-disc/`);
    const tabs = [page, second];
    const missed = (
      await Promise.all(
        articles.map(
          pool(articles, tabs.length, async (path, worker) => {
            const title = page$(path)('h1').first().text();
            const target = path.startsWith('/faq/') ? `/faq/#${path.split('/')[2]}` : path;
            const top3 = (await headerSearch(tabs[worker]!, title, { paste: true })).slice(0, 3);
            return top3.includes(target) ? null : `${title} → ${target} (got ${top3.join(', ')})`;
          }),
        ),
      )
    ).filter(Boolean);
    await second.close();
    expect(missed).toEqual([]);
  });

  it('shows title, section label and an excerpt with the match marked', async () => {
    await headerSearch(page, 'slipped disc');
    const first = page.locator('[data-search-panel] .sr-result').first();
    expect(await first.locator('.sr-result-title a').textContent()).toBe('Herniated disc');
    expect(await first.locator('.sr-result-section').textContent()).toBe('Causes');
    expect(await first.locator('.sr-result-excerpt mark').count()).toBeGreaterThan(0);
  });

  it('offers links that jump to the matching heading', async () => {
    await headerSearch(page, 'massage pressure');
    const subs = await page.$$eval('[data-search-panel] .sr-subresult a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(subs.length).toBeGreaterThan(0);
    for (const href of subs) expect(href).toMatch(/^\/[a-z-]+\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  });

  it('says when it fixed a typo', async () => {
    await headerSearch(page, 'siatica');
    expect(await page.textContent(".ss-summary")).toMatch(/No pages match “siatica”\. \d+ results for “sciatica”/);
  });
});

describe.concurrent('keyboard and screen readers', () => {
  it('"/" focuses the box, arrows move through results, Escape closes, Enter opens', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.url}symptoms/numbness/`);
    await p.keyboard.press('/');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await p.keyboard.type('pins and needles');
    await p.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-panel]')?.dataset['query'] === 'pins and needles');

    await p.keyboard.press('ArrowDown');
    expect(await p.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/symptoms/tingling/');
    await p.keyboard.press('ArrowDown');
    const second = await p.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(second).not.toBe('/symptoms/tingling/');
    await p.keyboard.press('ArrowUp');
    await p.keyboard.press('ArrowUp');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('site-search-q');

    await p.keyboard.press('Escape');
    expect(await p.isHidden('[data-search-panel]')).toBe(true);
    expect(await p.inputValue('#site-search-q')).toBe('pins and needles');
    expect(await p.getAttribute('#site-search-q', 'aria-expanded')).toBe('false');

    await p.keyboard.press('ArrowDown');
    expect(await p.isVisible('[data-search-panel]')).toBe(true);
    await p.keyboard.press('Escape');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('site-search-q');

    await p.keyboard.press('ArrowDown');
    await Promise.all([p.waitForURL(/\/symptoms\/tingling\/$/), p.keyboard.press('Enter')]);
    await p.close();
  });

  it('does not take "/" from someone typing in another field', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.url}causes/herniated-disc/`);
    await p.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<label>Note <textarea id="note"></textarea></label>'));
    await p.focus('#note');
    await p.keyboard.type('L4/L5');
    expect(await p.inputValue('#note')).toBe('L4/L5');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('note');
    await p.close();
  });

  it('announces the number of results in a polite live region', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.url}causes/herniated-disc/`);
    const status = p.locator('[data-search-status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await headerSearch(p, 'slipped disc');
    await p.waitForFunction(() => /\d+ results? for “slipped disc”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    await p.close();
  });
});

describe.concurrent('loading', () => {
  it('fetches no search code or index until the visitor starts a search', async () => {
    const p = await browser.newPage();
    const requests: string[] = [];
    p.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await p.goto(`${server.url}causes/herniated-disc/`, { waitUntil: 'networkidle' });
    expect(requests.filter((u) => /pagefind|searchUi/.test(u))).toEqual([]);
    await p.focus(INPUT);
    await p.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('.pf_meta')));
    expect(requests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(requests.some((u) => u.includes('/pagefind/wasm.'))).toBe(true);
    await p.close();
  });

  it('works on a phone-sized screen, inside the viewport', async () => {
    const p = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await p.goto(server.url);
    await p.tap(INPUT);
    await p.keyboard.type('sciatica');
    await p.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-panel]')?.dataset['query'] === 'sciatica');
    const box = await p.locator('[data-search-panel]').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    await p.close();
  });
});

describe.concurrent('/search/ page', () => {
  it('runs the query from the address and filters by section', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.url}search/?q=pain`);
    await p.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['query'] === 'pain');
    const sections = await p.$$eval('[data-search-results] .sr-result-section', (els) => els.map((e) => e.textContent));
    expect(new Set(sections).size).toBeGreaterThan(1);

    await p.check('input[name="section"][value="Red flags"]');
    await p.waitForFunction(() => new URL(location.href).searchParams.get('section') === 'Red flags');
    // Non-empty too: while the list re-renders it is briefly empty, and "every" of nothing is true.
    await p.waitForFunction(() => {
      const shown = [...document.querySelectorAll('[data-search-results] .sr-result-section')];
      return shown.length > 0 && shown.every((e) => e.textContent === 'Red flags');
    });
    expect(await p.locator('[data-search-results] .sr-result').count()).toBeGreaterThan(0);
    expect(await p.textContent('[data-search-summary]')).toMatch(/in Red flags/);
    await p.close();
  });

  it('shows the A–Z list and no dead controls with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${server.url}search/?q=disc`);
    expect(await p.isVisible('#az-heading')).toBe(true);
    expect(await p.textContent('.sp-nojs')).toMatch(/Search needs JavaScript/);
    expect(await p.isVisible('.sp-nojs')).toBe(true);
    expect(await p.isHidden('[data-search-more]')).toBe(true);
    expect(await p.isHidden('.sp-filters')).toBe(true);
    expect(await p.locator('.az a[href="/causes/herniated-disc/"]').count()).toBe(1);
    await context.close();
  });
});

/** What Pagefind's JS API returns for one page (result.data()), as far as these tests read it. */
interface IndexedPage {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { id: string }[];
}

describe('the search index, read through Pagefind’s JS API', () => {
  const ARTICLE = new RegExp(`^/(${SECTIONS.map((s) => s.path).join('|')})/[^/]+/$`);
  const articles = builtPages().filter((p) => ARTICLE.test(p));
  let records: IndexedPage[] = [];
  let filterCounts: Record<string, Record<string, number>> = {};

  beforeAll(async () => {
    const p = await browser.newPage();
    await p.goto(`${server.url}search/`);
    // A string, not a function: vitest would rewrite import() inside a function it compiles.
    ({ records, filterCounts } = await p.evaluate<{ records: IndexedPage[]; filterCounts: Record<string, Record<string, number>> }>(`(async () => {
      const pagefind = await import(${JSON.stringify(`${server.url}pagefind/pagefind.js`)});
      // No search term and no filter: every page in the index.
      const all = await pagefind.search(null, { filters: {} });
      const records = await Promise.all(all.results.map((r) => r.data()));
      return { records: records.map(({ url, content, meta, filters, anchors }) => ({ url, content, meta, filters, anchors })), filterCounts: await pagefind.filters() };
    })()`));
    await p.close();
  });

  it('covers every article and the two reading pages (the emergency card, About this site), and nothing else', () => {
    expect(articles.length).toBeGreaterThan(0);
    expect(records.map((r) => r.url).sort()).toEqual([...articles, ...READING_PAGES].sort());
  });

  it('gives every article a title and its section as a filter', () => {
    const labels = SECTIONS.map((s) => s.label);
    for (const record of records) {
      expect(record.meta['title'], record.url).toBeTruthy();
      expect(labels, record.url).toContain(record.filters['section']?.[0]);
    }
    const counted = Object.values(filterCounts['section'] ?? {}).reduce((a, b) => a + b, 0);
    expect(counted, 'one section per page').toBe(articles.length + READING_PAGES.length);
  });

  it('reads the article only: no header, footer, red-flag panel, booking box, review line or source list', () => {
    for (const record of records) {
      expect(record.content, record.url).not.toMatch(/Skip to content|Book a massage|Get urgent help if|Thinking about massage\?|Last reviewed on|Read next/);
      expect(record.anchors.map((a) => a.id), record.url).not.toContain('sources-heading');
    }
  });

  it('makes aliases searchable as their own field, as shown on the page', () => {
    const disc = records.find((r) => r.url === '/causes/herniated-disc/');
    expect(disc?.meta['aliases']).toMatch(/slipped disc/);
    expect(page$('/causes/herniated-disc/')('body').text()).toMatch(/Also called:/);
  });

  it('opens FAQ answers on the FAQ page at their question', () => {
    const faqPage = page$('/faq/');
    const faqs = records.filter((r) => r.url.startsWith('/faq/'));
    expect(faqs.length).toBeGreaterThan(0);
    for (const record of faqs) {
      const slug = record.url.split('/')[2]!;
      expect(record.meta['url']).toBe(`/faq/#${slug}`);
      expect(faqPage(`[id="${slug}"]`), slug).toHaveLength(1);
    }
  });
});
