/**
 * A browser tab that records what a privacy check needs: every request to another origin than
 * the site's (data: and blob: URLs are the page's own) and every CSP violation or page error.
 * Its context reports CSP violations from the page's own `securitypolicyviolation` event, since
 * the console line alone can be missed. `startVisit()` clears the record before a new page.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface WatchedTab {
  page: Page;
  foreign: string[];
  violations: string[];
  startVisit(): void;
}

/** Once per context, before its tabs open. */
export async function reportCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

export async function watchedTab(context: BrowserContext, siteUrl: string): Promise<WatchedTab> {
  const origin = new URL(siteUrl).origin;
  const page = await context.newPage();
  const tab: WatchedTab = {
    page,
    foreign: [],
    violations: [],
    startVisit() {
      tab.foreign.length = 0;
      tab.violations.length = 0;
    },
  };
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) tab.foreign.push(`${request.resourceType()} ${url}`);
  });
  page.on('console', (message) => {
    if (/content security policy|csp violation|refused to/i.test(message.text())) tab.violations.push(message.text());
  });
  page.on('pageerror', (error) => tab.violations.push(`page error: ${error.message}`));
  return tab;
}
