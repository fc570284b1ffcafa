/**
 * axe-core in Chromium: injected into each document before it loads (a CDP init script, so
 * the page's own CSP does not stop it), run in the page, violations returned one line each.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * What to run: every rule with one of AXE_TAGS, or only those of them in one axe category
 * (`category: "cat.color"`), or all of them but one category's (`except: "cat.color"`).
 */
export type AxeScope = { category?: string; except?: string };

/**
 * Violations on the page as it is now, one line each: "rule (impact): help — selector [summary]".
 * The page must have axe (see axeSource) among its init scripts.
 */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  const violations = await page.evaluate(
    async ({ tags, category, except }) => {
      type Rule = { ruleId: string; tags: string[] };
      type Result = { violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] };
      const axe = (window as unknown as { axe: { getRules(tags?: string[]): Rule[]; run(ctx: Document, opts: object): Promise<Result> } }).axe;
      // A category narrows the same rule set: its rules that carry one of the tags (or the others),
      // and, as in a run by tag, not the experimental ones.
      const inScope = (r: Rule) =>
        r.tags.some((t) => tags.includes(t)) && !r.tags.includes('experimental') && (!category || r.tags.includes(category)) && (!except || !r.tags.includes(except));
      const runOnly = category || except ? { type: 'rule', values: axe.getRules().filter(inScope).map((r) => r.ruleId) } : { type: 'tag', values: tags };
      const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}]` : ''}`) }));
    },
    { tags: AXE_TAGS, category: scope.category, except: scope.except },
  );
  return violations.flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id} (${v.impact}): ${v.help} — ${n}`));
}

/** The axe rules (of AXE_TAGS) in a category, by id, as the page's axe knows them. */
export function axeRulesIn(page: Page, category: string): Promise<string[]> {
  return page.evaluate(
    ({ tags, category }) =>
      (window as unknown as { axe: { getRules(tags?: string[]): { ruleId: string; tags: string[] }[] } }).axe
        .getRules([category])
        .filter((r) => r.tags.some((t) => tags.includes(t)))
        .map((r) => r.ruleId),
    { tags: AXE_TAGS, category },
  );
}

/**
 * Every declaration that applies only in the dark colour scheme (inside an
 * `@media (prefers-color-scheme: dark)` rule, in any stylesheet of the page) and could change
 * more than a colour: a property that is not a colour, or a custom property whose value is
 * not a colour. Empty means the dark scheme repaints the page and changes nothing else.
 */
export function darkSchemeNonColourStyles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const COLOUR_PROPERTY = /^(color|background|background-color|border(-(top|right|bottom|left|block|inline))?-color|outline-color|text-decoration-color|caret-color|accent-color|column-rule-color|fill|stroke|color-scheme|box-shadow|text-shadow)$/;
    const COLOUR_VALUE = /^(#[0-9a-f]{3,8}|(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\(.*\)|var\(--color-[a-z0-9-]+\)|transparent|currentcolor|[a-z]+)$/i;
    const found: string[] = [];
    const visit = (rules: CSSRuleList, dark: boolean, where: string) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) {
          visit(rule.cssRules, dark || /prefers-color-scheme:\s*dark/.test(rule.media.mediaText), where);
        } else if (rule instanceof CSSStyleRule) {
          if (dark) {
            for (const property of rule.style) {
              const value = rule.style.getPropertyValue(property).trim();
              const ok = property.startsWith('--') ? COLOUR_VALUE.test(value) : COLOUR_PROPERTY.test(property);
              if (!ok) found.push(`${where}: ${rule.selectorText} { ${property}: ${value} }`);
            }
          }
          if (rule.cssRules?.length) visit(rule.cssRules, dark, where);
        } else if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) {
          visit((rule as CSSGroupingRule).cssRules, dark, where);
        }
      }
    };
    for (const sheet of document.styleSheets) visit(sheet.cssRules, false, sheet.href ?? 'inline <style>');
    return found;
  });
}
