/**
 * The checks of the practice's look in content/practice/site.yaml that a schema cannot
 * make: every brand colour pair meets WCAG AA contrast in light and dark mode (the message
 * gives the ratio and the nearest colour that passes), and the logo and favicon files
 * exist. Run by the pre-flight check (validate.ts), so the build, `astro dev` and
 * `npm run check` all report them, naming file, line and field.
 */
import { contrastRatio, formatRatio, nearestWhere } from '../lib/contrast';
import { contrastPairs, minimumFor, SCHEMES, type BrandColours, type ContrastPair, type Scheme, type SchemeColours } from '../lib/theme';
import type { ContentProblem } from './problems';
import type { Entry } from './entries';

type Finding = Omit<ContentProblem, 'severity' | 'step'>;

const USE_WORDS = { text: 'text', 'large-text': 'large text', ui: 'buttons and other controls' } as const;

const passes = (pair: ContrastPair) => contrastRatio(pair.foreground, pair.background) >= minimumFor(pair.use);
const FIELDS = ['accent', 'accentText'] as const;

/**
 * One message per colour setting that fails: every pair it fails in (ratio, where, the
 * minimum), and the nearest colour that passes all of them. Suggestions build on each other:
 * accentText is suggested against the suggested accent, so following them all passes.
 */
export function contrastMessages(colours: BrandColours): { scheme: Scheme; field: keyof SchemeColours; message: string }[] {
  const fixed: BrandColours = { light: { ...colours.light }, dark: { ...colours.dark } };
  const messages: { scheme: Scheme; field: keyof SchemeColours; message: string }[] = [];
  for (const scheme of SCHEMES) {
    for (const field of FIELDS) {
      const mine = (c: BrandColours) => contrastPairs(c).filter((p) => p.scheme === scheme && p.field === field);
      const failing = mine(colours).filter((p) => !passes(p));
      if (!failing.length) continue;
      const current = colours[scheme][field];
      const withValue = (hex: string): BrandColours => ({ ...fixed, [scheme]: { ...fixed[scheme], [field]: hex } });
      const fix = nearestWhere(current, (hex) => mine(withValue(hex)).every(passes));
      const found = failing.map((p) => `${formatRatio(contrastRatio(p.foreground, p.background))} ${p.where}`).join(', ');
      const needs = [...new Set(failing.map((p) => `${minimumFor(p.use)}:1 for ${USE_WORDS[p.use]}`))].join(' and ');
      const ratios = (hex: string) => mine(withValue(hex)).map((p) => formatRatio(contrastRatio(p.foreground, p.background))).join(', ');
      const suggestion = !fix
        ? `No ${field} passes against these backgrounds; change the other colours too.`
        : fix === current.toLowerCase()
          ? `It passes with the accent suggested above (${fixed[scheme].accent}).`
          : `The nearest ${field} that passes is ${fix} (${ratios(fix)}).`;
      if (fix) fixed[scheme][field] = fix;
      messages.push({ scheme, field, message: `${current} (${scheme} mode) has a contrast of ${found}; WCAG AA needs ${needs}. ${suggestion}` });
    }
  }
  return messages;
}

/** Every brand colour below WCAG AA, as findings on the settings file (file, line, field). */
export function contrastFindings(colours: BrandColours, file: string, lineOf: (path: string[]) => number | undefined): Finding[] {
  return contrastMessages(colours).map(({ scheme, field, message }) => {
    const path = ['colors', scheme, field];
    return { file, line: lineOf(path) ?? lineOf(['colors']), field: path.join('.'), message };
  });
}

export interface BrandFiles {
  /** Every path under content/ ("content/practice/logo.svg"). */
  content: ReadonlySet<string>;
  /** Site paths that exist, including every file in public/ ("/favicon.svg"). */
  routes: ReadonlySet<string>;
}

/** The files site.yaml names: "logo.svg" → content/practice/logo.svg; "/img/logo.png" → public/img/logo.png. */
export function brandFileNames(settings: Record<string, unknown>): { field: string; path: string[]; file: string }[] {
  const logo = settings.logo as { file?: string } | undefined;
  const favicon = settings.favicon as string | undefined;
  return [
    ...(logo?.file ? [{ field: 'logo.file', path: ['logo', 'file'], file: logo.file }] : []),
    ...(favicon ? [{ field: 'favicon', path: ['favicon'], file: favicon }] : []),
  ];
}

/** The settings file's checks: contrast, and that the logo and favicon exist. */
export function brandFindings(entries: readonly Entry[], files: BrandFiles): Finding[] {
  const settings = entries.find((e) => e.collection === 'practice');
  if (!settings) return [];
  const lineOf = (path: string[]) => settings.yaml.lineOf(path);
  const findings = contrastFindings(settings.data.colors as BrandColours, settings.file, lineOf);
  for (const { field, path, file } of brandFileNames(settings.data)) {
    const exists = file.startsWith('/') ? files.routes.has(file) : files.content.has(`content/practice/${file}`);
    if (exists) continue;
    const where = file.startsWith('/') ? `public${file}` : `content/practice/${file}`;
    findings.push({
      file: settings.file,
      line: lineOf(path),
      field,
      message: `names ${file}, but there is no ${where}; put the file there, or write a name in content/practice/ (logo.svg) or a path in public/ starting with / (/logo.svg)`,
    });
  }
  return findings;
}
