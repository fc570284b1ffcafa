// Every built page is valid HTML by html-validate's recommended rules. Each rule turned
// off below says why; everything else fails the page that breaks it.
import { describe, expect, it } from 'vitest';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { builtPages, readPage } from '../helpers/dist';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Every title ends with " | <practice name>" (36 characters for the demo practice). The
    // page's own words come first, and search engines shorten long titles themselves.
    'long-title': 'off',
    // Phone links keep their spaces and hyphens readable; `a[href^='tel:'] { white-space:
    // nowrap }` in global.css keeps a number on one line, which this rule cannot see.
    'tel-non-breaking': 'off',
    // Not off, widened: a group of checkboxes shares one name ("days" on /book/), which HTML
    // forms submit as repeated values; the rule allows that for radios only by default.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
const pages = builtPages();

describe('html-validate (recommended rules) on every built page', () => {
  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)('%s', async (page) => {
    const report = await validator.validateString(readPage(page), page);
    const problems = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
    );
    expect(problems).toEqual([]);
  });
});
