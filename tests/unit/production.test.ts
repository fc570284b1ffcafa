// The production gate (src/editorial/production.ts): the demo fails it with every demo and
// placeholder item listed, each naming file, field and what to put there; the second practice
// (tests/fixtures/practice-uk/) passes it, also through `npm run check -- --production`; a
// PRODUCTION=true build uses the same list. (The CLI on a copy of the demo: content-errors-check.test.ts.)
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkContent } from '../../src/editorial/pipeline';
import { expiredReviewFindings, isFictionalPhone, isPlaceholderAddress, productionFindings } from '../../src/editorial/production';
import { productionCheck } from '../../src/integrations/productionCheck';
import { formatReport, productionStep } from '../../src/editorial/report';
import { practiceFixture } from '../helpers/practiceFixture';
import { root } from '../helpers/paths';

/** The address the second practice would publish at: invented, like the rest of it (tests/fixtures/practice-uk/README.md). */
const UK_SITE = 'https://www.harbourbackclinic.co.uk';
const TODAY = new Date('2026-12-01T00:00:00Z');
const demo = checkContent(root, 'check').entries;
const ukDir = practiceFixture('practice-uk', 'production-uk');
const uk = checkContent(ukDir, 'check').entries;

function check(dir: string, env: Record<string, string>, ...args: string[]) {
  const { SITE_URL: _s, PUBLIC_BOOKING_ENDPOINT: _p, ...rest } = process.env;
  const run = spawnSync(process.execPath, [join(root, 'scripts/check.mjs'), `--root=${dir}`, '--skip-astro', '--today=2026-12-01', ...args], { encoding: 'utf8', env: { ...rest, ...env } });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('placeholders', () => {
  it('555 numbers, as area code or exchange, are fictional; real numbering is not', () => {
    for (const n of ['(555) 010-4477', '415-555-0134', '+1 555 010 4478']) expect(isFictionalPhone(n), n).toBe(true);
    for (const n of ['0117 496 0123', '(503) 210-5555', '+44 20 7946 0321']) expect(isFictionalPhone(n), n).toBe(false);
  });
  it('documentation domains are placeholders', () => {
    for (const a of ['hello@example.com', 'https://clinic.example.org/x', 'a@b.example.net', 'https://clinic.test/', 'x@y.invalid', 'http://localhost:4321']) {
      expect(isPlaceholderAddress(a), a).toBe(true);
    }
    for (const a of ['appointments@harbourbackclinic.co.uk', 'https://myexample.com/', 'https://example.company.com']) expect(isPlaceholderAddress(a), a).toBe(false);
  });
});

describe('the demo', () => {
  const findings = productionFindings(demo, {});
  const lines = findings.map((f) => `${f.file}${f.field ? ` ${f.field}` : ''}`);

  it('lists every demo and placeholder item, each with what to put there', () => {
    expect(lines).toEqual([
      'content/practice/site.yaml demo',
      'content/practice/site.yaml phone',
      'content/practice/site.yaml email',
      'content/practice/site.yaml editBaseUrl',
      'PUBLIC_BOOKING_ENDPOINT (build environment or .env)',
      'content/people/alex-morgan.yaml demo',
      'content/people/dr-priya-raman.yaml demo',
      'content/people/jordan-avery.yaml demo',
      'content/people/sam-rivera.yaml demo',
      'content/practice/locations.yaml location riverside: demo',
      'content/practice/locations.yaml location riverside: phone',
      'content/practice/locations.yaml location hillcrest: demo',
      'content/practice/locations.yaml location hillcrest: phone',
      'SITE_URL (build environment)',
    ]);
    const byField = (field: string) => findings.find((f) => f.field === field)!;
    expect(byField('phone').message).toBe("is (555) 010-4477, a fictional 555 number; put the practice's real phone number");
    expect(byField('email').message).toMatch(/^is hello@example\.com, a placeholder address; put the address/);
    expect(byField('editBaseUrl').message).toMatch(/set it to your repository's edit address, e\.g\. https:\/\/github\.com\//);
    expect(findings.find((f) => f.file.startsWith('PUBLIC_BOOKING_ENDPOINT'))!.message).toMatch(/formspree\.io\/f\/<form id>.*or set booking\.mode: phone-only/);
    for (const f of findings) expect(f.message.length, f.field).toBeGreaterThan(30);
  });

  it('the local inbox and a placeholder SITE_URL are not production settings either', () => {
    const envFindings = productionFindings(demo, { SITE_URL: 'https://sciatica.example.com', PUBLIC_BOOKING_ENDPOINT: 'http://127.0.0.1:8787/f/local' })
      .filter((f) => !f.file.startsWith('content/'))
      .map((f) => f.message);
    expect(envFindings).toEqual([
      expect.stringMatching(/^is http:\/\/127\.0\.0\.1:8787\/f\/local, a local or placeholder address/),
      expect.stringMatching(/^is https:\/\/sciatica\.example\.com; set it to the public https:\/\/ address/),
    ]);
  });

  it('npm run check -- --production fails with them as step 9; a normal check counts them and passes', () => {
    const gate = formatReport([productionStep(demo, {}, { production: true })]);
    expect(gate.failed).toBe(true);
    expect(gate.text).toMatch(/1\. Ready to publish \.+ ✖ failed: 14 demo or placeholder settings to change before publishing/);
    expect(gate.text).toContain('     - content/practice/site.yaml:5 field "phone": is (555) 010-4477, a fictional 555 number');
    expect(gate.text).toContain('     - SITE_URL (build environment): is not set;');
    const normal = formatReport([productionStep(demo, {})]);
    expect(normal.failed).toBe(false);
    expect(normal.text).toMatch(/! to review: 14 demo or placeholder settings to change before publishing; `npm run check -- --production` lists them/);
  });

  it('a PRODUCTION=true build stops with the same list; a normal build goes on', () => {
    const hook = (env: Record<string, string | undefined>) => () =>
      (productionCheck(env, TODAY).hooks['astro:config:setup'] as (o: unknown) => void)({ command: 'build', config: { root: pathToFileURL(`${root}/`) } });
    expect(hook({ PRODUCTION: 'true' })).toThrow(/PRODUCTION=true: the site still has demo or placeholder settings: 14 problems in 8 files[\s\S]*content\/people\/jordan-avery\.yaml:\d+ field "demo"[\s\S]*README\.md, "Make it yours"/);
    expect(hook({})).not.toThrow();
  });
});

describe('the second practice (tests/fixtures/practice-uk/)', () => {
  it('has nothing demo or placeholder left, and no page past its review date', () => {
    expect(productionFindings(uk, { SITE_URL: UK_SITE })).toEqual([]);
    expect(expiredReviewFindings(uk, TODAY)).toEqual([]);
  });
  it('passes npm run check -- --production', () => {
    const { code, output } = check(ukDir, { SITE_URL: UK_SITE }, '--production');
    expect(output).toMatch(/9\. Ready to publish \.+ ✔ ok: no demo or placeholder settings left/);
    expect(code, output).toBe(0);
  }, 15_000);
  it('a page past its review date still fails the gate', () => {
    const late = new Date('2028-06-01T00:00:00Z');
    expect(expiredReviewFindings(uk, late).length).toBeGreaterThan(0);
    expect(expiredReviewFindings(uk, late)[0]).toMatchObject({ field: 'lastReviewed', message: expect.stringMatching(/over 18 months ago; ask the medical reviewer/) });
  });
});
