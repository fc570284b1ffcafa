// Private and secure, in a real browser: served with the headers of public/_headers (CSP
// enforced), no page of any kind requests anything from another origin and none reports a
// CSP violation, including while the search runs (Pagefind's WebAssembly and worker).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { serveDist, type StaticServer } from '../helpers/staticServer';
import { builtPages } from '../helpers/dist';
import { distDir, root } from '../helpers/paths';
import { parseHeadersFile } from '../helpers/headersFile';
import { SECTIONS } from '../../src/collections';
import { pool } from '../helpers/pool';

/** What the server must send: the `/*` rule of public/_headers (it serves the build's copy). */
const headers = parseHeadersFile(readFileSync(join(root, 'public/_headers'), 'utf8')).find((r) => r.path === '/*')!.headers;
/**
 * One page of each kind: every page that is not an article, and the first article of each
 * section. What a page requests at run time comes from its layout and scripts, which pages of
 * one kind share; every page's own markup is checked for other origins, without a browser, in
 * build/quality-budgets.test.ts.
 */
const pages = (() => {
  const all = builtPages();
  const sectionOf = (page: string) => SECTIONS.find((s) => new RegExp(`^/${s.path}/[^/]+/$`).test(page));
  return all.filter((page, i) => {
    const section = sectionOf(page);
    return !section || all.findIndex((other) => sectionOf(other) === section) === i;
  });
})();

let browser: Browser;
let server: StaticServer;
/** A browser context of its own (so its requests are its own) with one tab, and what it saw. */
interface Tab {
  page: Page;
  /** Requests to another origin, and CSP problems, since the last visit began. */
  foreign: string[];
  violations: string[];
}
/** Three tabs visit the pages side by side: most of a visit is waiting for the network to go quiet. */
const TABS = 3;
const tabs: Tab[] = [];

async function openTab(): Promise<Tab> {
  const context: BrowserContext = await browser.newContext();
  // Report CSP violations the page sees (the console line alone can be missed).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const tab: Tab = { page: await context.newPage(), foreign: [], violations: [] };
  const origin = new URL(server.url).origin;
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) tab.foreign.push(`${request.resourceType()} ${url}`);
  });
  tab.page.on('console', (message) => {
    if (/content security policy|csp violation|refused to/i.test(message.text())) tab.violations.push(message.text());
  });
  tab.page.on('pageerror', (error) => tab.violations.push(`page error: ${error.message}`));
  return tab;
}

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(distDir, { hostHeaders: true })]);
  for (let i = 0; i < TABS; i++) tabs.push(await openTab());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function visit(tab: Tab, path: string, then?: (page: Page) => Promise<void>) {
  tab.foreign.length = 0;
  tab.violations.length = 0;
  const response = await tab.page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'load' });
  expect(response?.headers()['content-security-policy'], 'the page is served with the CSP of public/_headers').toBe(headers['Content-Security-Policy']);
  if (then) await then(tab.page);
  // Give late requests (lazy search code, images) a moment to show up.
  await tab.page.waitForLoadState('networkidle');
  return { foreign: [...tab.foreign], violations: [...tab.violations] };
}

const visited = pool(pages, TABS, (path, worker) => visit(tabs[worker]!, path));

describe('a page of each kind, served with the CSP of public/_headers', () => {
  it('covers every section and the pages that are not articles', () => {
    expect(pages.length).toBeGreaterThan(SECTIONS.length + 5);
  });
  it.each(pages)('%s: no request to another origin, no CSP violation', async (page) => {
    expect(await visited(page)).toEqual({ foreign: [], violations: [] });
  });
});

describe('search under the CSP', () => {
  it('the header search loads Pagefind (WebAssembly, worker) and shows results', async () => {
    const result = await visit(tabs[0]!, '/', async (page) => {
      const box = page.getByRole('searchbox').first();
      await box.click();
      await box.pressSequentially('disc', { delay: 30 });
      await page.waitForSelector('#site-search-results a', { timeout: 15_000 });
    });
    expect(result).toEqual({ foreign: [], violations: [] });
  });

  it('/search/?q= shows results', async () => {
    const result = await visit(tabs[1]!, '/search/?q=massage', async (page) => {
      await page.waitForSelector('[data-search-results] a', { timeout: 15_000 });
    });
    expect(result).toEqual({ foreign: [], violations: [] });
  });
});

describe('/admin/ (the content editor), served with its own rule of public/_headers', () => {
  // The published /admin/ (no local proxy): Decap CMS starts and shows its sign-in, from this
  // site alone. Editing then talks to GitHub's API, which its CSP names; nothing before that.
  const adminHeaders = parseHeadersFile(readFileSync(join(root, 'public/_headers'), 'utf8')).find((r) => r.path === '/admin/*')!.headers;
  it('loads the CMS with no request to another origin and no CSP violation', async () => {
    const tab = tabs[2]!;
    tab.foreign.length = 0;
    tab.violations.length = 0;
    // Decap's bundle is 5 MB of script: on a loaded machine it takes its time.
    const response = await tab.page.goto(new URL('admin/', server.url).href, { waitUntil: 'load', timeout: 90_000 });
    expect(response?.headers()['content-security-policy']).toBe(adminHeaders['Content-Security-Policy']);
    await tab.page.getByRole('button', { name: /Login with GitHub/i }).waitFor({ timeout: 60_000 });
    await tab.page.waitForLoadState('networkidle');
    expect({ foreign: tab.foreign, violations: tab.violations }).toEqual({ foreign: [], violations: [] });
  }, 180_000);
});
