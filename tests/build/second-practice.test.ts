// The second practice: tests/fixtures/practice-uk/ (a UK clinic with its own name, colours, logo,
// font, people and two locations; 999, en-GB, 24-hour times) laid over a copy of the site and
// built once by the global setup as the run's variant build. Its pages show that practice and
// nothing of the demo, and no page of its dist says 911 or shows a 12-hour time. This one build
// stands for both "the demo as a UK practice" and "a second practice" of issue 12.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtFiles, builtPages } from '../helpers/dist';
import { jsonLdBlocks, meta, page$ } from '../helpers/html';
import { practiceDir } from '../helpers/practiceFixture';
import { root, VARIANT, variantDistDir as out } from '../helpers/paths';

interface Settings {
  name: string;
  shortName: string;
  phone: string;
  email: string;
  logo: { alt: string };
  colors: Record<'light' | 'dark', { accent: string }>;
}
const read = (dir: string) => parse(readFileSync(join(dir, 'content/practice/site.yaml'), 'utf8')) as Settings;
const uk = read(practiceDir(VARIANT.practice));
const demo = read(root);
const demoLocations = parse(readFileSync(join(root, 'content/practice/locations.yaml'), 'utf8')) as { name: string; phone: string }[];
const demoPeople = ['Alex Morgan', 'Priya Raman', 'Jordan Avery', 'Sam Rivera'];
const PAGES = ['/', '/causes/herniated-disc/', '/book/', '/practice/'];
/** A time on a 12-hour clock: "9:00 AM", "5 pm", "8:30 p.m.". */
const TWELVE_HOUR = /\b\d{1,2}(:\d{2})?\s?([ap]\.m\.|[AaPp][Mm]\b)/;

describe('the second practice shows itself and nothing of the demo', () => {
  it.each(PAGES)('%s', (path) => {
    const $ = page$(path, out);
    const text = $('body').text();
    expect($('html').attr('lang')).toBe('en-GB');
    expect($('header .brand').text()).toBe(uk.name);
    expect($('title').text()).toContain(uk.name);
    expect(meta($, 'og:site_name')).toBe(uk.name);
    expect(text).toContain(uk.phone);
    for (const word of ['Riverside', 'Hillcrest', demo.phone, ...demoLocations.map((l) => l.phone), ...demoPeople, '(demo)', 'demo practice']) {
      expect($.html().includes(word), `${path} shows "${word}"`).toBe(false);
    }
  });

  it('the logo is in the header (its alt empty beside the name) and on /practice/ with its alt text', () => {
    const logo = page$('/', out)('header .brand img');
    expect(logo.attr('src')).toMatch(new RegExp(`^${VARIANT.base}_astro/logo\\.[\\w-]+\\.svg$`));
    expect(logo.attr('alt')).toBe('');
    expect(page$('/practice/', out)('main img.logo').attr('alt')).toBe(uk.logo.alt);
  });

  it('its colours and font are in the bundled CSS, and no inline style carries them', () => {
    const $ = page$('/', out);
    const css = $('link[rel="stylesheet"]')
      .toArray()
      .map((el) => readFileSync(join(out, el.attribs['href']!.slice(VARIANT.base.length)), 'utf8'))
      .join('\n');
    expect(css).toContain(`--color-accent:${uk.colors.light.accent}`);
    expect(css).toContain(`--color-accent:${uk.colors.dark.accent}`);
    expect(css).not.toContain(demo.colors.light.accent);
    expect(css).toMatch(/--font-body:"DejaVu Sans",\s*system-ui/);
    expect(css).toMatch(/@font-face\{[^}]*font-family:DejaVu Sans/);
    expect($('[style]')).toHaveLength(0);
    expect(meta($, 'theme-color')).toBe(uk.colors.light.accent);
    expect(meta($, 'application-name')).toBe(uk.shortName);
  });

  it('the favicon is the mark in its accent colour, under the base path', () => {
    const $ = page$('/', out);
    expect($('link[rel="icon"]').attr('href')).toBe(`${VARIANT.base}favicon.svg`);
    expect(readFileSync(join(out, 'favicon.svg'), 'utf8')).toContain(`fill="${uk.colors.light.accent}"`);
  });

  it('structured data names it as a medical and health-and-beauty business with its logo and both locations', () => {
    const graph = (jsonLdBlocks(page$('/practice/', out))[0] as { '@graph': Record<string, unknown>[] })['@graph'];
    const business = graph.find((n) => Array.isArray(n['@type']) && (n['@type'] as string[]).includes('MedicalBusiness'))!;
    expect(business['@type']).toEqual(['MedicalBusiness', 'HealthAndBeautyBusiness']);
    expect(business).toMatchObject({ name: uk.name, telephone: uk.phone, email: uk.email });
    expect(business.logo).toMatch(new RegExp(`^${VARIANT.site}${VARIANT.base}_astro/logo\\.[\\w-]+\\.svg$`));
    expect((business.department as unknown[]).length).toBe(2);
  });

  it('dates are written the British way, and opening hours on a 24-hour clock', () => {
    expect(page$('/causes/herniated-disc/', out)('.review-line').text()).toMatch(/Last reviewed on \d{1,2} [A-Z][a-z]+ \d{4} by Kwame Asante, MBChB, MRCGP\./);
    const hours = page$('/practice/', out)('table.hours td').text();
    expect(hours).toContain('20:30');
    expect(hours).toMatch(/08:30 – 18:00/);
  });

  it('says "urgent treatment centre", not "urgent care clinic"', () => {
    const text = page$('/red-flags/', out)('main').text();
    expect(text).toContain('an urgent treatment centre');
    expect(text).not.toContain('urgent care');
  });
});

describe('no page of the second practice’s dist says 911 or shows a 12-hour time', () => {
  const files = builtFiles(out);
  it('covers every page and text file', () => {
    expect(builtPages(out).length).toBeGreaterThan(60);
    expect(files.length).toBeGreaterThan(builtPages(out).length);
  });
  it('999 everywhere, 911 nowhere', () => {
    const with911 = files.filter((f) => /\b911\b/.test(readFileSync(f, 'utf8')));
    expect(with911).toEqual([]);
    expect(page$('/red-flags/', out)('main').text()).toContain('Call 999 or go to A&E straight away');
  });
  it('no AM or PM times', () => {
    const twelve = files
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) => {
        const m = TWELVE_HOUR.exec(page$(`/${f.slice(out.length + 1)}`.replace(/index\.html$/, ''), out)('body').text());
        return m ? [`${f}: ${m[0]}`] : [];
      });
    expect(twelve).toEqual([]);
    // The pattern does find the demo's hours, so an empty list above means something.
    expect(TWELVE_HOUR.test(page$('/practice/')('table.hours').text())).toBe(true);
  });
});
