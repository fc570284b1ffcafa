/**
 * One shape for every content fault the pre-flight check finds (src/editorial/validate.ts),
 * so the build, `npm run check` and the tests print the same words: the file from the
 * repository root, the line, the field, what was found and what is expected.
 */
import { editDistance } from '../lib/search/spelling';

export interface ContentProblem {
  /** Path from the repository root, e.g. content/causes/herniated-disc.md. */
  file: string;
  /** 1-based line in that file, when the fault has one. */
  line?: number | undefined;
  /** The field as written in the frontmatter; list items as "sources, item 2". */
  field?: string | undefined;
  /** What was found and what is expected, with the fix. */
  message: string;
  /** error fails the build and the check; warning is listed only. */
  severity: 'error' | 'warning';
  /** Which step of `npm run check` reports it. */
  step: 'content' | 'links' | 'translations';
  /** A second line: how many other files point at this broken one (they are not reported). */
  note?: string | undefined;
}

/** "sources.1" → "sources, item 2": editors count from one and do not write dots. */
export function fieldLabel(path: readonly (string | number)[]): string {
  let label = '';
  for (const segment of path) {
    if (typeof segment === 'number') label += `, item ${segment + 1}`;
    else label += label === '' || label.endsWith(`"`) ? segment : `.${segment}`;
  }
  return label;
}

/** One problem as one line: `content/x.md:4 field "title": …`. */
export function formatProblem(problem: ContentProblem): string {
  const where = `${problem.file}${problem.line ? `:${problem.line}` : ''}`;
  const field = problem.field ? ` field "${problem.field.replace(/, item \d+$/, '')}"${/, item \d+$/.exec(problem.field)?.[0] ?? ''}` : '';
  return `${where}${field}: ${problem.message}`;
}

/** Every problem, grouped under its file, in file and line order. */
export function formatProblems(problems: readonly ContentProblem[], heading = 'Content problems'): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const files = new Set(sorted.map((p) => p.file)).size;
  const count = `${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
  return [`${heading}: ${count}`, ...sorted.flatMap((p) => [`  - ${formatProblem(p)}`, ...(p.note ? [`    ${p.note}`] : [])])].join('\n');
}

/** The candidate closest to what was typed, if it is close enough to be a typo. */
export function closest(typed: string, candidates: Iterable<string>): string | undefined {
  const lower = typed.toLowerCase();
  let best: { name: string; score: number } | undefined;
  for (const name of candidates) {
    const score = name.toLowerCase() === lower ? 0 : editDistance(lower, name.toLowerCase());
    if (!best || score < best.score) best = { name, score };
  }
  const limit = Math.max(2, Math.floor(typed.length / 4));
  return best && best.score <= limit ? best.name : undefined;
}

