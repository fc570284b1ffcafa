// Private and secure, in a real browser, served with the headers of public/_headers (CSP
// enforced): while the search runs (Pagefind's WebAssembly and worker, loaded on first use)
// nothing is requested from another origin and no CSP rule breaks, and the published /admin/
// keeps to its own rule. Every page as it loads is held to the same in quality-a11y.test.ts,
// and every page's markup is checked for other origins, without a browser, in
// build/quality-budgets.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { serveDist, type StaticServer } from '../helpers/staticServer';
import { distDir, root } from '../helpers/paths';
import { parseHeadersFile } from '../helpers/headersFile';
import { reportCspViolations, watchedTab, type WatchedTab } from '../helpers/watchedTab';

/** What the server must send: the `/*` rule of public/_headers (it serves the build's copy). */
const headers = parseHeadersFile(readFileSync(join(root, 'public/_headers'), 'utf8')).find((r) => r.path === '/*')!.headers;
let browser: Browser;
let server: StaticServer;
const TABS = 3;
const tabs: WatchedTab[] = [];

/** A browser context of its own per tab, so what one sees is its own. */
async function openTab(): Promise<WatchedTab> {
  const context = await browser.newContext();
  await reportCspViolations(context);
  return watchedTab(context, server.url);
}

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(distDir, { hostHeaders: true })]);
  for (let i = 0; i < TABS; i++) tabs.push(await openTab());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function visit(tab: WatchedTab, path: string, then?: (page: Page) => Promise<void>) {
  tab.startVisit();
  const response = await tab.page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'load' });
  expect(response?.headers()['content-security-policy'], 'the page is served with the CSP of public/_headers').toBe(headers['Content-Security-Policy']);
  if (then) await then(tab.page);
  // Give late requests (lazy search code, images) a moment to show up.
  await tab.page.waitForLoadState('networkidle');
  return { foreign: [...tab.foreign], violations: [...tab.violations] };
}

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
    tab.startVisit();
    // Decap's bundle is 5 MB of script: on a loaded machine it takes its time.
    const response = await tab.page.goto(new URL('admin/', server.url).href, { waitUntil: 'load', timeout: 90_000 });
    expect(response?.headers()['content-security-policy']).toBe(adminHeaders['Content-Security-Policy']);
    await tab.page.getByRole('button', { name: /Login with GitHub/i }).waitFor({ timeout: 60_000 });
    await tab.page.waitForLoadState('networkidle');
    expect({ foreign: tab.foreign, violations: tab.violations }).toEqual({ foreign: [], violations: [] });
  }, 180_000);
});
