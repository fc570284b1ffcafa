/**
 * The axe suite over every built page in one colour scheme. Each scheme has its own
 * test file that calls this, so Vitest runs the two schemes in parallel workers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveDist, type StaticServer } from './staticServer';
import { builtPages } from './dist';
import { distDir } from './paths';
import { axeTab, type AxeTab } from './axe';

export function describeAxe(scheme: 'light' | 'dark') {
  const pages = builtPages();
  let browser: Browser;
  let server: StaticServer;
  let tab: AxeTab;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveDist(distDir)]);
    tab = await axeTab(browser, scheme);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe(`axe in the ${scheme} colour scheme`, () => {
    it.each(pages)('%s', async (page) => {
      expect(await tab.check(new URL(page.replace(/^\//, ''), server.url).href)).toEqual([]);
    });

    it('search results as they appear on /search/', async () => {
      expect(await tab.check(new URL('search/?q=disc', server.url).href)).toEqual([]);
    });
  });
}
