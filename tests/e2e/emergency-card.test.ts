// The printable emergency card: one sheet on A4 and on US Letter, with the practice's emergency
// number and every emergency and same-day sign from content/red-flags/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { serveDist, type StaticServer } from '../helpers/staticServer';
import { distDir } from '../helpers/paths';
import { articlesIn } from '../helpers/contentFiles';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from '../helpers/paths';

let browser: Browser;
let server: StaticServer;
let page: Page;
const settings = parse(readFileSync(join(root, 'content/practice/site.yaml'), 'utf8')) as { emergencyNumber: string };
const signs = articlesIn('red-flags').filter((f) => ['emergency', 'urgent'].includes(String(f.data.urgency)) && !f.data.draft);
/** Pages in a PDF: one /Type /Page object each (not /Pages). */
const pagesIn = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(distDir)]);
  page = await browser.newPage();
  await page.goto(`${server.url}emergency-card/`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the emergency card', () => {
  it('is linked from the red-flags page', async () => {
    const list = await browser.newPage();
    await list.goto(`${server.url}red-flags/`);
    expect(await list.getByRole('link', { name: 'Print the emergency card' }).getAttribute('href')).toMatch(/\/emergency-card\/$/);
    await list.close();
  });
  it('shows the emergency number and every emergency and same-day sign', async () => {
    const text = (await page.locator('article.card').textContent()) ?? '';
    expect(text).toContain(`Emergency number: ${settings.emergencyNumber}`);
    expect(signs.length).toBeGreaterThan(8);
    for (const sign of signs) expect(text, String(sign.data.title)).toContain(String(sign.data.title));
  });
  it.each(['A4', 'Letter'])('prints on one %s sheet, without the site header', async (format) => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(pagesIn(await page.pdf({ format, printBackground: false }))).toBe(1);
  });
});
