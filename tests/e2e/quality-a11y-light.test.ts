// axe-core (WCAG 2.0/2.1/2.2 A and AA, and best practices) finds nothing on any built
// page in the light colour scheme. The dark scheme has its own file, so the two run in parallel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { serveDist, type StaticServer } from '../helpers/staticServer';
import { builtPages } from '../helpers/dist';
import { distDir } from '../helpers/paths';
import { axeTab, type AxeTab } from '../helpers/axe';

const SCHEME = 'light';
const pages = builtPages();
let browser: Browser;
let server: StaticServer;
let tab: AxeTab;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(distDir)]);
  tab = await axeTab(browser, SCHEME);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`axe in the ${SCHEME} colour scheme`, () => {
  it.each(pages)('%s', async (page) => {
    expect(await tab.check(new URL(page.replace(/^\//, ''), server.url).href)).toEqual([]);
  });

  it('search results as they appear on /search/', async () => {
    expect(await tab.check(new URL('search/?q=disc', server.url).href)).toEqual([]);
  });
});
