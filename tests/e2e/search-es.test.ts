// Search in Spanish, as a Spanish reader uses it: on a Spanish page the header box searches the
// Spanish pages only (Pagefind keeps one index per language, from <html lang>), lay words and
// words typed without accents or with typos find the page in the top three, and results link
// to Spanish pages. The English sweep is tests/e2e/search.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { distDir } from '../helpers/paths';
import { serveDist, type StaticServer } from '../helpers/staticServer';

const QUERIES: { query: string; kind: string; expect: string[] }[] = [
  // Palabras de todos los días (the aliases shown as "También se llama")
  { query: 'ciática', kind: 'lay', expect: ['/es/guides/sciatica-overview/', '/es/faq/#what-is-sciatica'] },
  { query: 'nervio pinzado', kind: 'lay', expect: ['/es/causes/herniated-disc/', '/es/guides/sciatica-overview/', '/es/faq/#what-is-sciatica', '/es/causes/spinal-stenosis/'] },
  { query: 'hernia de disco', kind: 'lay', expect: ['/es/causes/herniated-disc/'] },
  { query: 'hormigueo', kind: 'lay', expect: ['/es/symptoms/tingling/'] },
  { query: 'calambres en la pierna', kind: 'lay', expect: ['/es/guides/conditions-like-sciatica/'] },
  { query: 'adormecimiento', kind: 'lay', expect: ['/es/symptoms/numbness/', '/es/red-flags/saddle-numbness/'] },
  { query: 'pie dormido', kind: 'lay', expect: ['/es/symptoms/numbness/'] },
  { query: 'no puedo orinar', kind: 'lay', expect: ['/es/red-flags/bladder-problems/'] },
  { query: 'pie caído', kind: 'lay', expect: ['/es/symptoms/weakness/', '/es/red-flags/severe-or-worsening-weakness/'] },
  { query: 'pistola de masaje', kind: 'lay', expect: ['/es/massage-types/massage-guns/', '/es/guides/using-a-massage-gun/', '/es/faq/#massage-gun'] },
  { query: 'rodillo de espuma', kind: 'lay', expect: ['/es/massage-types/self-massage/'] },
  { query: 'coágulo en la pierna', kind: 'lay', expect: ['/es/red-flags/possible-blood-clot/'] },
  { query: 'dolor lumbar', kind: 'lay', expect: ['/es/symptoms/back-and-buttock-pain/'] },
  { query: 'fiebre', kind: 'lay', expect: ['/es/red-flags/fever-or-feeling-unwell/'] },
  // Sin acentos y con errores
  { query: 'ciatica', kind: 'typo', expect: ['/es/guides/sciatica-overview/', '/es/faq/#what-is-sciatica'] },
  { query: 'ciatica en el embarazo', kind: 'typo', expect: ['/es/causes/pregnancy/', '/es/faq/#pregnancy'] },
  { query: 'masage sueco', kind: 'typo', expect: ['/es/massage-types/swedish/'] },
  { query: 'ernia discal', kind: 'typo', expect: ['/es/causes/herniated-disc/'] },
  { query: 'piriforme', kind: 'typo', expect: ['/es/causes/piriformis-syndrome/'] },
  // Términos médicos
  { query: 'estenosis espinal', kind: 'medical', expect: ['/es/causes/spinal-stenosis/'] },
  { query: 'espondilolistesis', kind: 'medical', expect: ['/es/causes/spondylolisthesis/'] },
  { query: 'cauda equina', kind: 'medical', expect: ['/es/causes/serious-causes/', '/es/red-flags/saddle-numbness/'] },
  { query: 'liberación miofascial', kind: 'medical', expect: ['/es/massage-types/myofascial-release/'] },
  { query: 'puntos gatillo', kind: 'medical', expect: ['/es/massage-types/trigger-point/', '/es/faq/#trigger-points'] },
  // Preguntas
  { query: '¿calor o hielo?', kind: 'question', expect: ['/es/faq/#heat-or-ice'] },
  { query: 'cuánto dura la ciática', kind: 'question', expect: ['/es/faq/#how-long-does-it-last', '/es/guides/how-long-sciatica-lasts/'] },
  { query: 'el seguro cubre el masaje', kind: 'question', expect: ['/es/faq/#insurance', '/es/guides/insurance-and-cost/'] },
  { query: 'reposo en cama', kind: 'question', expect: ['/es/faq/#bed-rest', '/es/guides/self-care/'] },
];

let server: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([serveDist(distDir), launchBrowser()]);
  page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}es/causes/herniated-disc/`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function headerSearch(query: string): Promise<string[]> {
  await page.fill('#site-search-q', query);
  await page
    .waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-panel]')?.dataset['query'] === q, query, { timeout: 15_000 })
    .catch((error: Error) => {
      throw new Error(`No results shown for “${query}”; page errors: ${pageErrors.join(' | ') || 'none'}. ${error.message}`);
    });
  return page.$$eval('[data-search-panel] .sr-result > .sr-result-title a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('Spanish search finds what Spanish readers type', () => {
  it('has at least 25 real queries of every kind', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(QUERIES.map((q) => q.kind))).toEqual(new Set(['lay', 'typo', 'medical', 'question']));
  });

  for (const { query, expect: wanted } of QUERIES) {
    it(`“${query}” → ${wanted[0]}`, async () => {
      const top3 = (await headerSearch(query)).slice(0, 3);
      expect(top3.some((href) => wanted.includes(href)), `top 3 were ${top3.join(', ')}`).toBe(true);
    });
  }

  it('searches only the Spanish pages from a Spanish page, and only the English ones from an English page', async () => {
    const spanish = await headerSearch('masaje');
    expect(spanish.length).toBeGreaterThan(1);
    expect(spanish.filter((href) => !href.startsWith('/es/'))).toEqual([]);
    const english = await browser.newPage();
    await english.goto(`${server.url}causes/herniated-disc/`);
    await english.fill('#site-search-q', 'sciatica');
    await english.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-panel]')?.dataset['query'] === 'sciatica');
    const hrefs = await english.$$eval('[data-search-panel] .sr-result > .sr-result-title a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(1);
    expect(hrefs.filter((href) => href.startsWith('/es/'))).toEqual([]);
    await english.close();
  });
});
