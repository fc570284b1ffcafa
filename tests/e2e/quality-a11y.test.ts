// Every built page, visited once in a real browser as a phone shows it (320 px wide), served
// with the headers of public/_headers (CSP enforced). On each visit:
// - axe-core (WCAG 2.0/2.1/2.2 A and AA, and best practices) finds nothing in the light scheme
//   (its colour rules on the colour sample, below; every other rule on every page);
// - nothing scrolls sideways (WCAG 1.4.10 reflow);
// - the page asks nothing of another origin and breaks no CSP rule (a health site leaks nothing);
// - no dark-only style changes anything but a colour.
// One visit does all four because loading a page is most of the cost of each.
//
// Colours come from components, not from a page's words: Markdown brings no styles of its own,
// and dark mode only repaints (the last test proves it on every page, and that no script asks
// which scheme is on). So axe's colour rules (contrast, links against the text around them:
// over half of axe's time on a page) run, in light and in dark, on the colour sample: one page
// of each kind plus any page whose built HTML has an element or class no page before it in the
// sample has, so the sample holds every component. Then each kind of page again on a 1280 px screen, where the layout
// differs: every rule in light, the colour rules in dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { serveDist, type StaticServer } from '../helpers/staticServer';
import { builtPages, readPage } from '../helpers/dist';
import { distDir, root } from '../helpers/paths';
import { parseHeadersFile } from '../helpers/headersFile';
import { SECTIONS } from '../../src/collections';
import { axeRulesIn, axeSource, axeViolations, darkSchemeNonColourStyles } from '../helpers/axe';
import { pool } from '../helpers/pool';
import { reportCspViolations, watchedTab, type WatchedTab } from '../helpers/watchedTab';

const TABS = Number(process.env.A11Y_TABS || 2);
const PHONE = { width: 320, height: 640 };
/** The search page with results on it (they come from Pagefind, after load). */
const SEARCH = '/search/?q=disc';
const pages = [...builtPages(), SEARCH];
/** What the server must send: the `/*` rule of public/_headers (it serves the build's copy). */
const csp = parseHeadersFile(readFileSync(join(root, 'public/_headers'), 'utf8')).find((r) => r.path === '/*')!.headers['Content-Security-Policy'];

/** Every element and element.class of a built page ("a", "a.overview-link"). */
function components(path: string): Set<string> {
  const found = new Set<string>();
  for (const [, tag, attributes] of readPage(path).matchAll(/<([a-z][a-z0-9-]*)([^>]*)>/g)) {
    found.add(tag!);
    const classes = /\sclass="([^"]*)"/.exec(attributes!)?.[1] ?? '';
    for (const name of classes.split(/\s+/).filter(Boolean)) found.add(`${tag}.${name}`);
  }
  return found;
}

/** One page of each kind: home, each section's index and an article of each, every MDX guide, the single pages, the 404. */
function kinds(): string[] {
  const built = new Set(builtPages());
  const mdxGuides = readdirSync(join(root, 'content/guides')).filter((f) => f.endsWith('.mdx')).map((f) => `/guides/${f.replace(/\.mdx$/, '')}/`);
  const found = [
    '/',
    ...['faq', ...SECTIONS.map((s) => s.path)].flatMap((section) => [`/${section}/`, [...built].find((p) => p.startsWith(`/${section}/`) && p !== `/${section}/`)]),
    ...mdxGuides,
    '/red-flags/',
    '/book/',
    '/book/thanks/',
    '/practice/',
    '/sources/',
    '/about/',
    '/emergency-card/',
    '/404',
  ].filter((p): p is string => Boolean(p) && built.has(p!));
  return [...new Set(found)];
}

/** The pages that get axe's colour rules: the kinds, then any page that brings a component none of them has. */
function colourSample(): string[] {
  const sample = kinds();
  const covered = new Set(sample.flatMap((p) => [...components(p)]));
  for (const page of builtPages()) {
    const own = components(page);
    if ([...own].some((c) => !covered.has(c))) {
      sample.push(page);
      for (const c of own) covered.add(c);
    }
  }
  return [...sample, SEARCH];
}
const colour = new Set(colourSample());
const wide = [...kinds(), SEARCH];

let browser: Browser;
let server: StaticServer;
const phones: WatchedTab[] = [];
const desktops: WatchedTab[] = [];
const darkOnly = new Set<string>();
let colourRules: string[] = [];

async function openTabs(context: BrowserContext, into: WatchedTab[]) {
  await context.addInitScript({ content: axeSource });
  await reportCspViolations(context);
  for (let i = 0; i < TABS; i++) into.push(await watchedTab(context, server.url));
}

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(distDir, { hostHeaders: true })]);
  await openTabs(await browser.newContext({ colorScheme: 'light', viewport: PHONE }), phones);
  await openTabs(await browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 900 } }), desktops);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads a page in a tab, in the light scheme; the CSP header it came with. */
async function load(tab: WatchedTab, path: string) {
  tab.startVisit();
  await tab.page.emulateMedia({ colorScheme: 'light' });
  const response = await tab.page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'load' });
  if (path === SEARCH) await tab.page.waitForSelector('[data-search-results] a', { timeout: 15_000 });
  return response?.headers()['content-security-policy'];
}

/** The dark scheme on the page as loaded: both backgrounds (proof it repainted) and the colour rules' violations. */
async function darkPass(tab: WatchedTab) {
  const background = () => tab.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await tab.page.emulateMedia({ colorScheme: 'dark' });
  const violations = await axeViolations(tab.page, { category: 'cat.color' });
  if (!colourRules.length) colourRules = await axeRulesIn(tab.page, 'cat.color');
  return { violations, backgrounds: { light, dark: await background() } };
}

const onPhone = pool(pages, TABS, async (path, worker) => {
  const tab = phones[worker]!;
  const header = await load(tab, path);
  const light = await axeViolations(tab.page, colour.has(path) ? {} : { except: 'cat.color' });
  for (const style of await darkSchemeNonColourStyles(tab.page)) darkOnly.add(style);
  const overflowing = await tab.page.evaluate((width) =>
    document.documentElement.scrollWidth > width
      ? [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > width + 1)
          .slice(-3)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 40)}"`)
      : [],
  PHONE.width);
  const privacy = { header, foreign: [...tab.foreign], violations: [...tab.violations] };
  return { light, overflowing, privacy, dark: colour.has(path) ? await darkPass(tab) : undefined };
});

const onDesktop = pool(wide, TABS, async (path, worker) => {
  const tab = desktops[worker]!;
  await load(tab, path);
  return { light: await axeViolations(tab.page), dark: await darkPass(tab) };
});

describe('every page on a 320 px phone, served with the headers of public/_headers', () => {
  it.each(pages)('%s: axe finds nothing, nothing scrolls sideways, nothing goes to another origin', async (path) => {
    const { light, overflowing, privacy } = await onPhone(path);
    expect(light, 'axe, light scheme').toEqual([]);
    expect(overflowing, 'elements past the right edge').toEqual([]);
    expect(privacy, 'the CSP of public/_headers, no request to another origin, no CSP violation').toEqual({ header: csp, foreign: [], violations: [] });
  });
});

describe('axe in the dark colour scheme, the colour rules, on the colour sample', () => {
  it.each([...colour])('%s', async (path) => {
    const { violations, backgrounds } = (await onPhone(path)).dark!;
    expect(backgrounds.dark, 'the page is drawn in the dark scheme').not.toBe(backgrounds.light);
    expect(violations).toEqual([]);
  });

  it('runs contrast and link-in-text-block there, and the dark scheme changes nothing but colours on any page', async () => {
    await Promise.all(pages.map(onPhone));
    expect(colourRules).toEqual(expect.arrayContaining(['color-contrast', 'link-in-text-block']));
    expect([...darkOnly], 'styles that apply only in dark mode and are not colours: run every axe rule in dark too').toEqual([]);
    const scripts = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.js'));
    const asking = scripts.filter((f) => readFileSync(join(distDir, '_astro', f), 'utf8').includes('prefers-color-scheme'));
    expect(asking, 'scripts that behave differently in dark mode').toEqual([]);
  });
});

describe('one page of each kind on a 1280 px screen', () => {
  it('covers every section and the pages that are not articles', () => {
    expect(wide.length).toBeGreaterThan(SECTIONS.length * 2 + 5);
  });
  it.each(wide)('%s: axe finds nothing, light and dark', async (path) => {
    const { light, dark: night } = await onDesktop(path);
    expect(light).toEqual([]);
    expect(night.backgrounds.dark).not.toBe(night.backgrounds.light);
    expect(night.violations).toEqual([]);
  });
});
