// `npm run check` as an editor runs it, on copies of the site: the real content passes; a
// copy with a picture without alt text, a hard-to-read page and a broken link fails, with each
// listed under its step in one report; pages due for review (13 and 19 months) are listed, and
// fail only the --production gate. (Step 1, astro check, runs for real in `npm test` on the real site; here it
// is skipped to keep these runs fast.)
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureProject } from '../helpers/fixtureProject';
import { root } from '../helpers/paths';

function check(dir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'scripts/check.mjs'), `--root=${dir}`, '--skip-astro', ...args], { encoding: 'utf8' });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

const page = (name: string, lastReviewed: string, body: string) =>
  readFileSync(join(root, 'tests/fixtures/broken/01-missing-title/content/causes/fixture-cause.md'), 'utf8')
    .replace('---\n', `---\ntitle: ${name}\n`)
    .replace('lastReviewed: 2026-01-15', `lastReviewed: ${lastReviewed}`)
    .replace(/\n---\n[\s\S]*$/, `\n---\n${body}`);

describe('npm run check', () => {
  it('passes on the real content, step by step, in one report', () => {
    const { code, output } = check(root, '--today=2026-11-23');
    expect(output).toMatch(/^npm run check\n\n1\. Type check \(astro check\) \.+ - skipped/);
    for (const [n, step] of ['Content validation', 'Internal links and citations', 'Review dates', 'Reading level', 'Citation text', 'Images without alt text', 'Words copied between articles'].entries()) {
      expect(output).toMatch(new RegExp(`\\n${n + 2}\\. ${step} \\.+ (✔ ok|! to review): `));
    }
    expect(output.trim().split('\n').pop()).toMatch(/^✔ The check passed/);
    expect(code).toBe(0);
  });

  it('fails on missing alt text, a hard page, crowded citations and broken links, and lists reviews that fall due', () => {
    const hard = 'Radiculopathy necessitates comprehensive neurological evaluation, particularly considering intervertebral disc herniation pathophysiology, inflammatory mediators and multisegmental degenerative spondylotic compression [@koes2007].';
    const dir = fixtureProject('check-report', {
      'content/causes/expired-review.md': page('Expired review', '2025-04-01', '\nA page nobody has checked for a long time [@koes2007]. It cites [@nhs-sciatica] too.\n'),
      'content/causes/overdue-review.md': page('Overdue review', '2025-10-10', `\n${hard}\n\nThe [source list](/sources/#nhs-sciatica) and a [broken link](/causes/no-such-page/) [@nhs-sciatica].\n`),
      'content/causes/no-alt.md': page('No alt text', '2026-10-01', '\nA picture with no words for it [@koes2007; @nhs-sciatica].\n\n![](./images/side.png)\n'),
      'content/causes/images/side.png': 'not really a picture, but the check only needs the file',
    });
    const { code, output } = check(dir, '--today=2026-11-23');
    expect(code).toBe(1);
    expect(output).toMatch(/3\. Internal links and citations \.+ ✖ failed: 1 problem to fix\n {5}- content\/causes\/overdue-review\.md:\d+: the link \/causes\/no-such-page\/ leads to no page/);
    expect(output).toMatch(/4\. Review dates \.+ ! to review: 2 pages due for review \(1 past the 18-month limit\)/);
    expect(output).toContain('- content/causes/expired-review.md:6 field "lastReviewed": last reviewed 2025-04-01, 19 months ago; it was due by 2026-10-01');
    expect(output).toContain('- content/causes/overdue-review.md:6 field "lastReviewed": last reviewed 2025-10-10, 13 months ago; due for review since 2026-10-10, and it must be reviewed by 2027-04-10');
    expect(output).toMatch(/5\. Reading level \.+ ✖ failed: 1 page above grade 8[\s\S]*- content\/causes\/overdue-review\.md: grade \d+\.\d/);
    // "A picture with no words for it [@koes2007; @nhs-sciatica]." is more marker than text.
    expect(output).toMatch(/6\. Citation text \.+ ✖ failed: 1 page where citation markers are over 5\.0% of the text\n {5}- content\/causes\/no-alt\.md: \d+\.\d%/);
    expect(output).toMatch(/7\. Images without alt text \.+ ✖ failed: 1 image without alt text\n {5}- content\/causes\/no-alt\.md:\d+: the image !\[\]\(\.\/images\/side\.png\) has no alt text/);
    expect(output.trim().split('\n').pop()).toBe(
      '✖ The check failed: 3. Internal links and citations, 5. Reading level, 6. Citation text, 7. Images without alt text. Fix the lines under them and run npm run check again (CONTRIBUTING.md, "What the checks say").',
    );
    // The gate before publishing also fails on the page past its review date, and lists what is
    // still demo or placeholder (every item: tests/unit/production.test.ts).
    const gate = check(dir, '--today=2026-11-23', '--production').output;
    expect(gate).toMatch(/4\. Review dates \.+ ✖ failed: 2 pages due for review \(1 past the 18-month limit\); a page past its review date cannot be published/);
    expect(gate).toMatch(/9\. Ready to publish \.+ ✖ failed: \d+ demo or placeholder settings to change before publishing/);
    expect(gate).toContain('     - content/practice/site.yaml:5 field "phone": is (555) 010-4477, a fictional 555 number');
  });
});
