// Search on a sub-path deployment (GitHub Pages style): the variant build of the global setup
// (BASE_PATH=/sciatica/), served only under that path. Results, FAQ anchors, headings and the
// /search/ page must all keep the base path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { VARIANT, variantDistDir } from '../helpers/paths';
import { serveDist, type StaticServer } from '../helpers/staticServer';

const sub = VARIANT.base;
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveDist(variantDistDir, { base: sub }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#site-search-q', '');
  await page.focus('#site-search-q');
  await page.keyboard.type(query);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-panel]')?.dataset['query'] === q, query);
  return page.$$eval('[data-search-panel] a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe(`search under ${sub}`, () => {
  it('links every result, heading and FAQ answer under the base path, and they open', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
    await page.goto(`${server.url}causes/herniated-disc/`);

    const disc = await search(page, 'slipped disc');
    expect(disc[0]).toBe(`${sub}causes/herniated-disc/`);
    const massage = await search(page, 'massage pressure');
    const faq = await search(page, 'heat or ice');
    const all = [...disc, ...massage, ...faq];
    expect(all.length).toBeGreaterThan(3);
    for (const href of all) expect(href.startsWith(sub), href).toBe(true);
    expect(faq).toContain(`${sub}faq/#heat-or-ice`);

    await Promise.all([page.waitForURL(new RegExp(`${esc(sub)}faq/#heat-or-ice$`)), page.click(`[data-search-panel] a[href="${sub}faq/#heat-or-ice"]`)]);
    expect(await page.isVisible('#heat-or-ice')).toBe(true);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('sends the header form and the “see all” link to the search page under the base path', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}symptoms/tingling/`);
    await search(page, 'pain');
    expect(await page.getAttribute('.ss-all', 'href')).toBe(`${sub}search/?q=pain`);
    await Promise.all([page.waitForURL(new RegExp(`${esc(sub)}search/\\?q=pain$`)), page.press('#site-search-q', 'Enter')]);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['query'] === 'pain');
    const hrefs = await page.$$eval('[data-search-results] a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(sub), href).toBe(true);
    await page.close();
  });
});
