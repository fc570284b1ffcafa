/**
 * The checks of the practice's look in content/practice/site.yaml that a schema cannot
 * make: every brand colour pair meets WCAG AA contrast in light and dark mode (the message
 * gives the ratio and the nearest colour that passes), and the logo and favicon files
 * exist. Run by the pre-flight check (validate.ts), so the build, `astro dev` and
 * `npm run check` all report them, naming file, line and field.
 */
import { contrastRatio, formatRatio, nearestPassing } from '../lib/contrast';
import { contrastPairs, minimumFor, type BrandColours, type ContrastPair } from '../lib/theme';
import type { ContentProblem } from './problems';
import type { Entry } from './entries';

type Finding = Omit<ContentProblem, 'severity' | 'step'>;

const USE_WORDS = { text: 'text', 'large-text': 'large text', ui: 'buttons and other controls' } as const;

/** One failing pair, worded: the ratio, the minimum, and the nearest passing colour. */
export function contrastMessage(pair: ContrastPair): string | undefined {
  const min = minimumFor(pair.use);
  const ratio = contrastRatio(pair.foreground, pair.background);
  if (ratio >= min) return undefined;
  const fix = nearestPassing(pair.foreground, pair.background, min);
  const suggestion = fix
    ? `the nearest ${pair.field} that passes is ${fix} (${formatRatio(contrastRatio(fix, pair.background))})`
    : `no ${pair.field} passes against ${pair.background}; change ${pair.backgroundField ?? 'the other colour'} as well`;
  return `${pair.foreground} has a contrast of ${formatRatio(ratio)} in ${pair.scheme} mode for ${pair.where}; WCAG AA needs ${min}:1 for ${USE_WORDS[pair.use]}. ${suggestion[0]!.toUpperCase()}${suggestion.slice(1)}`;
}

/** Every brand colour pair below WCAG AA, as findings on the settings file. */
export function contrastFindings(colours: BrandColours, file: string, lineOf: (path: string[]) => number | undefined): Finding[] {
  return contrastPairs(colours).flatMap((pair) => {
    const message = contrastMessage(pair);
    if (!message) return [];
    const path = ['colors', pair.scheme, pair.field];
    return [{ file, line: lineOf(path) ?? lineOf(['colors']), field: path.join('.'), message }];
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
