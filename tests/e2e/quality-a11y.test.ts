// axe-core (WCAG 2.0/2.1/2.2 A and AA, and best practices) finds nothing on any built page in
// the light colour scheme, and nothing in the dark one. Each page loads once: axe runs with
// every rule in light; then, on the pages of the dark sample, the page switches to dark
// (emulateMedia, no reload) and axe runs again with the rules a colour scheme can break: its
// colour category (contrast of text, and of links against the text around them). That is all
// dark mode needs because the dark scheme only repaints: the last test proves, on every page,
// that no dark-only style changes anything but a colour, and that no script asks which scheme
// is on. So a dark contrast failure comes from a component's colours, not from a page's words,
// and the dark sample is one page of each kind (home, each section's index and an article of
// each, every MDX guide, the single pages, the search page with results, the 404) plus any
// further page whose built HTML uses an element or a class that no page before it in the
// sample uses, so the sample holds every component of the site. Two tabs work side by side.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { serveDist, type StaticServer } from '../helpers/staticServer';
import { builtPages, readPage } from '../helpers/dist';
import { distDir, root } from '../helpers/paths';
import { SECTIONS } from '../../src/collections';
import { axeRulesIn, axeSource, axeViolations, darkSchemeNonColourStyles } from '../helpers/axe';
import { pool } from '../helpers/pool';

const TABS = Number(process.env.A11Y_TABS || 2);
/** Every built page, and the search page with results on it (they come from Pagefind, after load). */
const SEARCH = '/search/?q=disc';
const pages = [...builtPages(), SEARCH];

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

/** The pages that get the dark pass: one of each kind, then any page that brings a component none of them has. */
function darkSample(): string[] {
  const built = new Set(builtPages());
  const mdxGuides = readdirSync(join(root, 'content/guides')).filter((f) => f.endsWith('.mdx')).map((f) => `/guides/${f.replace(/\.mdx$/, '')}/`);
  const kinds = [
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
  const sample = [...new Set(kinds)];
  const covered = new Set(sample.flatMap((p) => [...components(p)]));
  for (const page of built) {
    const own = components(page);
    if ([...own].some((c) => !covered.has(c))) {
      sample.push(page);
      for (const c of own) covered.add(c);
    }
  }
  return [...sample, SEARCH];
}
const dark = new Set(darkSample());

let browser: Browser;
let server: StaticServer;
const tabs: Page[] = [];
const darkOnly = new Set<string>();
let colourRules: string[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(distDir)]);
  const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: axeSource });
  for (let i = 0; i < TABS; i++) tabs.push(await context.newPage());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const checked = pool(pages, TABS, async (path, worker) => {
  const tab = tabs[worker]!;
  await tab.emulateMedia({ colorScheme: 'light' });
  await tab.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'load' });
  if (path === SEARCH) await tab.waitForSelector('[data-search-results] a', { timeout: 15_000 });
  const background = () => tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await axeViolations(tab);
  for (const style of await darkSchemeNonColourStyles(tab)) darkOnly.add(style);
  if (!dark.has(path)) return { light };
  const lightBackground = await background();
  await tab.emulateMedia({ colorScheme: 'dark' });
  const darkBackground = await background();
  const darkViolations = await axeViolations(tab, { category: 'cat.color' });
  if (!colourRules.length) colourRules = await axeRulesIn(tab, 'cat.color');
  return { light, dark: darkViolations, backgrounds: { light: lightBackground, dark: darkBackground } };
});

describe('axe in the light colour scheme, every rule', () => {
  it.each(pages)('%s', async (path) => {
    expect((await checked(path)).light).toEqual([]);
  });
});

describe('axe in the dark colour scheme, the colour rules, one page of each kind', () => {
  it.each([...dark])('%s', async (path) => {
    const { dark: violations, backgrounds } = await checked(path);
    expect(backgrounds!.dark, 'the page is drawn in the dark scheme').not.toBe(backgrounds!.light);
    expect(violations).toEqual([]);
  });

  it('runs contrast and link-in-text-block there, and the dark scheme changes nothing but colours on any page', async () => {
    await Promise.all(pages.map(checked));
    expect(colourRules).toEqual(expect.arrayContaining(['color-contrast', 'link-in-text-block']));
    expect([...darkOnly], 'styles that apply only in dark mode and are not colours: run every axe rule in dark too').toEqual([]);
    const scripts = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.js'));
    const asking = scripts.filter((f) => readFileSync(join(distDir, '_astro', f), 'utf8').includes('prefers-color-scheme'));
    expect(asking, 'scripts that behave differently in dark mode').toEqual([]);
  });
});
