// The practice's look and region from content/practice/site.yaml: the WCAG contrast maths,
// the build's message for a failing brand colour, the logo and favicon files, the CSS the
// brand becomes, the interface words per locale, dates and 12/24-hour times, and that src/
// names neither the demo practice nor its colours.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contrastRatio, formatRatio, luminance, nearestPassing, AA } from '../../src/lib/contrast';
import { brandCss, contrastPairs, DEFAULT_COLOURS, faviconSvg, NEUTRALS, type BrandColours } from '../../src/lib/theme';
import { contrastMessages } from '../../src/editorial/brand';
import { validateContent } from '../../src/editorial/validate';
import { readContentFiles, staticRoutes } from '../../src/editorial/files';
import { LOCALES, UI_STRINGS, defaultHourCycle } from '../../src/lib/i18n';
import { formatDate, formatTime } from '../../src/lib/dates';
import { TIERS } from '../../src/lib/urgency';
import { practiceSchema } from '../../src/schemas/data';
import { root } from '../helpers/paths';

const demoSettings = parse(readFileSync(join(root, 'content/practice/site.yaml'), 'utf8')) as { name: string; colors: BrandColours };

describe('contrast maths (WCAG 2)', () => {
  it('luminance and ratio match the known values', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#fff')).toBe(1);
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
    // #767676 on white is the classic just-passing grey; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
  it('rounds ratios down, so a ratio shown as passing never fails', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });
  it('AA minimums: 4.5 for text, 3 for large text and controls', () => {
    expect(AA).toEqual({ text: 4.5, 'large-text': 3, ui: 3 });
  });
  it('finds the nearest colour that passes, darker on a light background and lighter on a dark one', () => {
    const darker = nearestPassing('#4fa3a3', '#ffffff', 4.5)!;
    expect(contrastRatio(darker, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(darker, '#ffffff')).toBeLessThan(4.7);
    expect(luminance(darker)).toBeLessThan(luminance('#4fa3a3'));
    const lighter = nearestPassing('#2a6e6e', '#111615', 4.5)!;
    expect(contrastRatio(lighter, '#111615')).toBeGreaterThanOrEqual(4.5);
    expect(luminance(lighter)).toBeGreaterThan(luminance('#2a6e6e'));
    expect(nearestPassing('#000000', '#ffffff', 4.5)).toBe('#000000');
    // Mid-grey on mid-grey: no lightness of a grey reaches 21:1.
    expect(nearestPassing('#777777', '#777777', 21)).toBeUndefined();
  });
});

describe('the brand colour check', () => {
  it('passes the demo colours and the defaults', () => {
    expect(contrastMessages(demoSettings.colors)).toEqual([]);
    expect(contrastMessages(DEFAULT_COLOURS)).toEqual([]);
  });
  it('rejects a light accent that is too pale, with the ratios, the minimum and the nearest colour that passes', () => {
    const colours: BrandColours = { light: { accent: '#4fa3a3', accentText: '#ffffff' }, dark: DEFAULT_COLOURS.dark };
    const messages = contrastMessages(colours);
    expect(messages.map((m) => `${m.scheme}.${m.field}`)).toEqual(['light.accent', 'light.accentText']);
    const accent = messages[0]!.message;
    expect(accent).toMatch(/^#4fa3a3 \(light mode\) has a contrast of 2\.83:1 as link text on the page background \(#fbfaf7\), 2\.95:1 as link text on cards, header and footer \(#ffffff\), 2\.\d\d:1 as the current menu item on the accentSoft tint \(#[0-9a-f]{6}\); WCAG AA needs 4\.5:1 for text\. The nearest accent that passes is (#[0-9a-f]{6}) \(/);
    const fix = /passes is (#[0-9a-f]{6})/.exec(accent)![1]!;
    // The suggestion really passes every pair, and following all suggestions passes the check.
    const fixed: BrandColours = { ...colours, light: { ...colours.light, accent: fix } };
    expect(contrastMessages(fixed)).toEqual([]);
    expect(messages[1]!.message).toBe(`#ffffff (light mode) has a contrast of 2.95:1 as button text on the accent (#4fa3a3); WCAG AA needs 4.5:1 for text. It passes with the accent suggested above (${fix}).`);
  });
  it('checks dark mode too, suggesting a lighter colour', () => {
    const colours: BrandColours = { light: DEFAULT_COLOURS.light, dark: { accent: '#2a6e6e', accentText: '#ffffff' } };
    const [accent] = contrastMessages(colours);
    expect(accent?.scheme).toBe('dark');
    expect(accent?.message).toMatch(/^#2a6e6e \(dark mode\) has a contrast of 3\.09:1 as link text on the page background \(#111615\)/);
    const fix = /passes is (#[0-9a-f]{6})/.exec(accent!.message)![1]!;
    expect(luminance(fix)).toBeGreaterThan(luminance('#2a6e6e'));
  });
  it('an explicit accentSoft is checked against the accent', () => {
    const colours: BrandColours = { light: { ...DEFAULT_COLOURS.light, accentSoft: '#6f8fb0' }, dark: DEFAULT_COLOURS.dark };
    expect(contrastMessages(colours)[0]?.message).toMatch(/as the current menu item on the accentSoft tint \(#6f8fb0\)/);
  });

  const files = readContentFiles(root);
  const routes = staticRoutes(root);
  const withSettings = (yaml: string, extra: { path: string; text?: string }[] = []) =>
    validateContent([...files.filter((f) => f.path !== 'content/practice/site.yaml'), { path: 'content/practice/site.yaml', text: yaml }, ...extra], { routes, mode: 'build' }).problems.filter(
      (p) => p.file === 'content/practice/site.yaml' || p.file.startsWith('content/practice/'),
    );
  const demoYaml = readFileSync(join(root, 'content/practice/site.yaml'), 'utf8');

  it('fails the content check (and so the build) on the settings file, naming line and field', () => {
    const problems = withSettings(demoYaml.replace('accent: "#7fd3c8"', 'accent: "#2a6e6e"'));
    // The dark button text no longer reads on the darker accent either: one problem per setting.
    expect(problems.map((p) => p.field)).toEqual(['colors.dark.accent', 'colors.dark.accentText']);
    expect(problems[0]).toMatchObject({ severity: 'error', file: 'content/practice/site.yaml', field: 'colors.dark.accent', line: demoYaml.split('\n').indexOf('    accent: "#7fd3c8"') + 1 });
    expect(problems[0]!.message).toMatch(/^#2a6e6e \(dark mode\) has a contrast of 3\.09:1 .*The nearest accent that passes is #[0-9a-f]{6}/);
  });
  it('refuses a logo or favicon that is not there, and a stray file in content/practice/', () => {
    const problems = withSettings(demoYaml.replace('file: logo.svg', 'file: brand.svg').concat('favicon: /missing.png\n'), [{ path: 'content/practice/notes.txt', text: 'x' }]);
    expect(problems.map((p) => p.field ?? p.file)).toEqual(expect.arrayContaining(['logo.file', 'favicon', 'content/practice/notes.txt']));
    expect(problems.find((p) => p.field === 'logo.file')!.message).toContain('there is no content/practice/brand.svg');
    expect(problems.find((p) => p.field === 'favicon')!.message).toContain('there is no public/missing.png');
  });
  it('the schema refuses a colour that is not hex, an unknown language and a 13-hour clock', () => {
    const base = parse(demoYaml);
    expect(practiceSchema.safeParse({ ...base, colors: { ...base.colors, light: { accent: 'teal', accentText: '#fff' } } }).error?.issues[0]?.message).toMatch(/expected a hex colour/);
    expect(practiceSchema.safeParse({ ...base, lang: 'fr-FR' }).error?.issues[0]?.message).toBe('expected one of: en-US, en-GB');
    expect(practiceSchema.safeParse({ ...base, hourCycle: 13 }).success).toBe(false);
    const { colors: _c, logo: _l, shortName: _s, hourCycle: _h, ...minimal } = base;
    expect(practiceSchema.parse(minimal).colors).toEqual(DEFAULT_COLOURS);
  });
});

describe('the brand as CSS', () => {
  it('NEUTRALS are the backgrounds of src/styles/global.css, light and dark', () => {
    const css = readFileSync(join(root, 'src/styles/global.css'), 'utf8');
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
    const token = (block: string, name: string) => new RegExp(`--color-${name}: (#[0-9a-f]{6});`).exec(block)?.[1];
    expect({ bg: token(light!, 'bg'), surface: token(light!, 'surface') }).toEqual(NEUTRALS.light);
    expect({ bg: token(dark!, 'bg'), surface: token(dark!, 'surface') }).toEqual(NEUTRALS.dark);
    expect(css).not.toMatch(/--color-accent[a-z-]*:/);
  });
  it('writes the custom properties for both schemes, and the font with a system fallback', () => {
    const css = brandCss(demoSettings.colors, { package: '@fontsource/dejavu-sans', family: 'DejaVu Sans', weights: [400, 700] });
    expect(css).toContain(`--color-accent: ${demoSettings.colors.light.accent};`);
    expect(css).toMatch(new RegExp(`prefers-color-scheme: dark\\)[\\s\\S]*--color-accent: ${demoSettings.colors.dark.accent};`));
    expect(css).toContain("@import '@fontsource/dejavu-sans/400.css';\n@import '@fontsource/dejavu-sans/700.css';");
    expect(css).toMatch(/--font-body: 'DejaVu Sans', system-ui, /);
    expect(brandCss(DEFAULT_COLOURS)).toMatch(/--font-body: system-ui, /);
    expect(brandCss(DEFAULT_COLOURS)).not.toContain('@import');
  });
  it('the default favicon takes the accent colours', () => {
    expect(faviconSvg({ accent: '#123456', accentText: '#fedcba' })).toMatch(/fill="#123456"[\s\S]*stroke="#fedcba"/);
  });
  it('every colour pair the site uses is checked in both schemes', () => {
    expect(contrastPairs(DEFAULT_COLOURS).map((p) => `${p.scheme} ${p.field}`)).toEqual([
      ...['light', 'dark'].flatMap((s) => [`${s} accent`, `${s} accent`, `${s} accentText`, `${s} accent`]),
    ]);
  });
});

describe('region: interface words, dates and times', () => {
  it('every locale has every interface string', () => {
    const keys = Object.keys(UI_STRINGS['en-US']).sort();
    for (const locale of LOCALES) expect(Object.keys(UI_STRINGS[locale]).sort(), locale).toEqual(keys);
    expect(UI_STRINGS['en-GB'].urgentCare).toBe('an urgent treatment centre');
  });
  it('dates follow the locale and times the hour cycle', () => {
    const day = new Date('2026-11-02T00:00:00Z');
    expect(formatDate(day, 'en-US')).toBe('November 2, 2026');
    expect(formatDate(day, 'en-GB')).toBe('2 November 2026');
    expect(formatTime('09:00', 24)).toBe('09:00');
    expect(formatTime('20:30', 24)).toBe('20:30');
    expect(formatTime('20:30', 12)).toBe('8:30 PM');
    expect(defaultHourCycle('en-US')).toBe(12);
    expect(defaultHourCycle('en-GB')).toBe(24);
  });
  it('the urgent tier says where to go in the practice’s own words', () => {
    const settings = { emergencyNumber: '999', emergencyWording: 'call 999 or go to A&E straight away' };
    expect(TIERS.urgent.intro({ ...settings, lang: 'en-GB' })).toContain('urgent treatment centre');
    expect(TIERS.urgent.intro(settings)).toContain('urgent care clinic');
  });
});

describe('src/ is the same for every practice', () => {
  it('names neither the demo practice nor its colours', () => {
    const hits: string[] = [];
    const demoColours = Object.values(demoSettings.colors).flatMap((c) => Object.values(c).map((v) => String(v).toLowerCase()));
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else {
          const text = readFileSync(path, 'utf8').toLowerCase();
          if (text.includes('riverside')) hits.push(`${path}: Riverside`);
          for (const colour of demoColours) if (text.includes(colour) && colour !== '#ffffff') hits.push(`${path}: ${colour}`);
        }
      }
    };
    walk(join(root, 'src'));
    expect(demoSettings.name).toMatch(/Riverside/);
    expect(hits).toEqual([]);
  });
});
