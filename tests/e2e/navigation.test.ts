// A visitor on a phone (375 px wide, JavaScript off) can reach every section from the header.
// (The skip link is tested on phone-sized pages in quality-ux.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { serveDist, type StaticServer } from '../helpers/staticServer';
import { distDir } from '../helpers/paths';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(distDir)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('navigation on a phone', () => {
  it('home → causes → an article → back to the section, with JavaScript off', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, javaScriptEnabled: false, isMobile: true });
    const page = await context.newPage();
    await page.goto(server.url);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/sciatica/i);

    // Every nav link is visible and tappable without a menu button.
    const nav = page.getByRole('navigation', { name: 'Main' });
    const links = nav.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(7);
    for (const link of await links.all()) {
      const box = await link.boundingBox();
      expect(box, await link.textContent() ?? '').not.toBeNull();
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
      expect(box!.height).toBeGreaterThanOrEqual(24);
    }
    // Nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await nav.getByRole('link', { name: 'Causes' }).click();
    await page.waitForURL(/\/causes\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Causes');
    await expect(nav.getByRole('link', { name: 'Causes' }).getAttribute('aria-current')).resolves.toBe('page');

    await page.locator('main .card-list a').first().click();
    await page.waitForURL(/\/causes\/[a-z0-9-]+\/$/);
    await expect(page.getByText('Last reviewed on').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('complementary', { name: 'Get urgent help if…' }).isVisible()).resolves.toBe(true);

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Causes' }).click();
    await page.waitForURL(/\/causes\/$/);
    await context.close();
  });
});
