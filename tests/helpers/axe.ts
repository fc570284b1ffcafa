/**
 * axe-core in Chromium for every built page: one browser context per colour scheme, one
 * tab reused page after page, axe injected into each document before it loads (a CDP
 * init script, so the page's own CSP does not stop it).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

export interface AxeTab {
  context: BrowserContext;
  page: Page;
  /** Violations on the page at `url`, one line each: "rule (impact): help — selector". */
  check(url: string): Promise<string[]>;
}

export async function axeTab(browser: Browser, colorScheme: 'light' | 'dark'): Promise<AxeTab> {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: axeSource });
  const page = await context.newPage();
  return {
    context,
    page,
    async check(url: string) {
      await page.goto(url, { waitUntil: 'load' });
      const violations = await page.evaluate(async (tags) => {
        const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}]` : ''}`) }));
      }, AXE_TAGS);
      return violations.flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id} (${v.impact}): ${v.help} — ${n}`));
    },
  };
}
