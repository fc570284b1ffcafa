// What axe cannot judge alone: the skip link works and shows, focus is visible on every
// control, text reflows at 200% text size and zoom, motion stops when the reader asks for
// less, and an article prints with its sources and red-flag panel but no navigation. (Every
// page's reflow at 320 px is checked on its one visit in quality-a11y.test.ts.)
// The tests of the sample pages run side by side, each in a browser context of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { serveDist, type StaticServer } from '../helpers/staticServer';
import { builtPages } from '../helpers/dist';
import { distDir } from '../helpers/paths';
import { SECTIONS } from '../../src/collections';

const pages = builtPages();
const articles = pages.filter((p) => SECTIONS.some((s) => new RegExp(`^/${s.path}/[^/]+/$`).test(p)));
/** A long article with a table of contents, and the pages with forms. */
const samples = ['/', articles.find((p) => p.startsWith('/guides/')) ?? articles[0]!, '/search/', ...(pages.includes('/book/') ? ['/book/'] : [])];

let browser: Browser;
let server: StaticServer;
const url = (path: string) => new URL(path.replace(/^\//, ''), server.url).href;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(distDir)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function withPage<T>(options: Parameters<Browser['newContext']>[0], fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

describe('skip link', () => {
  it.concurrent.each(samples)('%s: the first Tab shows it, Enter moves focus to the main content', async (path) => {
    await withPage({ viewport: { width: 390, height: 800 } }, async (page) => {
      await page.goto(url(path));
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to content' });
      expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
      const box = await skip.boundingBox();
      expect(box && box.y >= 0 && box.height > 20, 'visible on screen when focused').toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    });
  });
});

describe('focus is visible', () => {
  it.concurrent.each(samples)('%s: every control shows focus when reached with Tab', async (path) => {
    await withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      await page.goto(url(path));
      const invisible: string[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        // Compare the focused control (and its parent, for controls whose wrapper shows
        // focus) with how they look unfocused: outline, shadow, border or background must change.
        const result = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const key = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}" @${Math.round(el.getBoundingClientRect().top + scrollY)}`;
          const look = (node: Element | null) => {
            if (!node) return '';
            const s = getComputedStyle(node);
            return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderTopColor, s.borderBottomColor, s.backgroundColor, s.textDecorationLine, s.textDecorationThickness].join('|');
          };
          const focused = look(el) + look(el.parentElement);
          const rect = el.getBoundingClientRect();
          el.blur();
          const unfocused = look(el) + look(el.parentElement);
          el.focus({ preventScroll: true });
          return { key, visible: focused !== unfocused, size: rect.width * rect.height };
        });
        if (!result) continue;
        if (seen.has(result.key)) break;
        seen.add(result.key);
        if (!result.visible && result.size > 0) invisible.push(result.key);
      }
      expect(seen.size, 'Tab reaches controls').toBeGreaterThan(3);
      expect(invisible).toEqual([]);
    });
  });
});

describe('reflow', () => {
  it.concurrent.each(samples)('%s: text at 200% on a 1280 px screen still fits without scrolling sideways', async (path) => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(url(path));
      // What a browser's text-only zoom does: every rem and em doubles.
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    });
  });

  it.concurrent.each(samples)('%s: at 200% browser zoom (640 CSS px) nothing overflows', async (path) => {
    await withPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }, async (page) => {
      await page.goto(url(path));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    });
  });
});

describe('reduced motion', () => {
  it.concurrent.each(samples)('%s: with prefers-reduced-motion, nothing animates or scrolls smoothly', async (path) => {
    await withPage({ reducedMotion: 'reduce' }, async (page) => {
      await page.goto(url(path));
      const moving = await page.evaluate(() => {
        const seconds = (value: string) => Math.max(...value.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v))));
        const found: string[] = [];
        for (const el of [document.documentElement, ...document.querySelectorAll('*')]) {
          const s = getComputedStyle(el);
          if (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01) found.push(`${el.tagName} animation ${s.animationDuration}`);
          if (seconds(s.transitionDuration) > 0.01) found.push(`${el.tagName}.${el.className} transition ${s.transitionDuration}`);
          if (s.scrollBehavior === 'smooth') found.push(`${el.tagName} smooth scrolling`);
        }
        return found;
      });
      expect(moving).toEqual([]);
    });
  });
});

describe('print', () => {
  it.concurrent.each(articles.slice(0, 3))('%s prints its body, sources and red-flag panel, without navigation', async (path) => {
    await withPage({ colorScheme: 'dark' }, async (page) => {
      await page.goto(url(path));
      await page.emulateMedia({ media: 'print' });
      const shown = (selector: string) =>
        page.evaluate((sel) => [...document.querySelectorAll(sel)].some((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0), selector);
      expect(await shown('h1'), 'title').toBe(true);
      expect(await shown('.prose'), 'body').toBe(true);
      expect(await shown('section[aria-labelledby="sources-heading"]'), 'sources').toBe(true);
      expect(await shown('.red-flag-panel'), 'red-flag panel').toBe(true);
      for (const hidden of ['nav', '.site-header', '.site-footer', '.booking-cta', '.skip-link', 'form']) {
        expect(await shown(hidden), `${hidden} is not printed`).toBe(false);
      }
      // Black on white whatever the screen's colour scheme.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.prose p') ?? document.body).color)).toBe('rgb(0, 0, 0)');
      const pdf = await page.pdf({ format: 'Letter' });
      expect(pdf.length).toBeGreaterThan(1000);
    });
  });
});
