/**
 * Turns Astro's schema errors into messages an editor can act on: the file (from the
 * repository root), the line where the field sits in the frontmatter, the field and
 * what is expected. Pure: the loader wrapper in src/data/loaders.ts feeds it.
 */

export interface FieldProblem {
  /** Dotted path of the field, e.g. "description" or "sources.1". */
  field: string;
  message: string;
}

/** Pulls `**field**: message` lines out of Astro's InvalidContentEntryDataError text. */
export function problemsFromAstroMessage(message: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const line of message.split('\n')) {
    const match = /^\s*\*\*([^*]*)\*\*:\s*(.+)$/.exec(line);
    if (match) {
      const field = match[1] || '(frontmatter)';
      // Astro repeats the field inside a reference's message: "**author**: **author**: Did not match union."
      const text = (match[2] ?? '').replace(new RegExp(`^\\*\\*${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\*\\*:\\s*`), '');
      problems.push({ field, message: cleanMessage(text) });
      continue;
    }
    // The reason a reference failed comes on the next line: "> Required", "> Expected type …".
    const detail = /^>\s*(.+)$/.exec(line);
    const last = problems[problems.length - 1];
    if (detail && last && /did not match union/i.test(last.message)) last.message = cleanMessage(detail[1] ?? '');
  }
  return problems;
}

/** Removes Markdown emphasis and rewrites zod's wording into plain English. */
function cleanMessage(message: string): string {
  return message
    .replace(/\*\*/g, '')
    .replace(/`/g, '')
    .replace(/^Required$/i, 'is missing')
    .replace(/^Invalid input: expected (\w+), received undefined$/i, 'is missing')
    .replace(/^Invalid input: expected (\w+), received (\w+)$/i, 'expected $1 but found $2')
    .replace(/^Expected type "?(\w+)"?, received "?(\w+)"?$/i, 'expected $1 but found $2')
    .replace(/^expected (\w+) but found (\w+)$/, (_m, want: string, got: string) => `expected ${TYPE_NAMES[want] ?? want} but found ${TYPE_NAMES[got] ?? got}`);
}

/** 1-based line of a top-level key in the file's frontmatter or YAML, if it is there. */
export function lineOfField(source: string, field: string): number | undefined {
  const top = field.split('.')[0];
  if (!top) return undefined;
  const lines = source.split(/\r?\n/);
  const pattern = new RegExp(`^${top.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  const index = lines.findIndex((line) => pattern.test(line));
  return index === -1 ? undefined : index + 1;
}

/** Hints for fields that are missing altogether, keyed by field name. */
const MISSING_HINTS: Record<string, string> = {
  title: 'add `title: Your page title` (3 to 90 characters)',
  description: 'add `description:` with one sentence of 20 to 160 characters',
  author: 'add `author:` with a file name from content/people/ (without .yaml), e.g. author: jordan-avery',
  reviewer: 'add `reviewer:` with the medical reviewer’s file name from content/people/, e.g. reviewer: dr-priya-raman',
  lastReviewed: 'add `lastReviewed: YYYY-MM-DD`, the day the reviewer checked the page',
  sources: 'add `sources: [key]` with at least one file name from content/sources/, e.g. sources: [nhs-sciatica]',
};

export function formatContentError(relativePath: string, source: string, problems: FieldProblem[]): string {
  const lines = problems.map(({ field, message }) => {
    const line = lineOfField(source, field);
    const missing = /is missing/.test(message);
    const hint = missing && MISSING_HINTS[field] ? ` (${MISSING_HINTS[field]})` : '';
    return `  - ${relativePath}${line ? `:${line}` : ''} field "${field}": ${message}${hint}`;
  });
  return [`${relativePath} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:`, ...lines].join('\n');
}

// ---------------------------------------------------------------------------------------
// Problems found by the pre-flight validation (src/lib/contentValidation.ts): one shape for
// every kind of fault, so the build, `npm run check` and the tests print the same words.

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
  step: 'content' | 'links';
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
  return [`${heading}: ${count}`, ...sorted.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}

/** Edit distance, for "did you mean". */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The candidate closest to what was typed, if it is close enough to be a typo. */
export function closest(typed: string, candidates: Iterable<string>): string | undefined {
  const lower = typed.toLowerCase();
  let best: { name: string; score: number } | undefined;
  for (const name of candidates) {
    const score = name.toLowerCase() === lower ? 0 : distance(lower, name.toLowerCase());
    if (!best || score < best.score) best = { name, score };
  }
  const limit = Math.max(2, Math.floor(typed.length / 4));
  return best && best.score <= limit ? best.name : undefined;
}

/** A value as an editor would recognise it in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    if (value.trim() === '') return 'empty text';
    return value.length > 60 ? `"${value.slice(0, 57)}…" (${value.length} characters)` : `"${value}"`;
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an impossible date' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) {
    const short = value.every((v) => typeof v === 'string' || typeof v === 'number') && value.join(', ').length < 50;
    return value.length === 0 ? 'an empty list' : short ? `a list [${value.join(', ')}]` : `a list of ${value.length} items`;
  }
  if (typeof value === 'object') return `a group of fields (${Object.keys(value).join(', ')})`;
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list, e.g. [a, b]',
  object: 'a group of fields',
  date: 'a date written as YYYY-MM-DD',
};

/** Zod's own wording (used where a schema gives none) starts like this. */
const DEFAULT_MESSAGE = /^(Invalid|Too small|Too big|Expected|Required|Unrecognized)/;

export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: unknown[];
  format?: string;
}

function lengthOf(value: unknown): number | undefined {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  return undefined;
}

/**
 * One zod issue → "found …; expected …" (with the schema's own words where it has them,
 * since those are written for editors) and a hint for fields that are missing.
 */
export function explainIssue(issue: SchemaIssue, value: unknown): string {
  const custom = DEFAULT_MESSAGE.test(issue.message) ? undefined : issue.message;
  const field = String(issue.path[issue.path.length - 1] ?? '');
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    const hint = issue.path.length === 1 ? MISSING_HINTS[field] : undefined;
    const expected = custom?.startsWith('expected ') ? custom : `expected ${TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'a value'}`;
    return `is missing; ${hint ?? expected}`;
  }
  if (value === null) {
    const expected = custom?.startsWith('expected ') ? custom : `expected ${TYPE_NAMES[issue.expected ?? ''] ?? 'a value'}`;
    return `has no value after the colon; ${expected}`;
  }
  let message: string;
  if (custom) {
    if (custom.startsWith('expected ')) message = `found ${describeValue(value)}; ${custom}`;
    else {
      const length = lengthOf(value);
      const counted = length === undefined || length === 0 || custom.includes(String(length)) || !/too_(big|small)/.test(issue.code);
      message = counted ? custom : `${custom} (it has ${length} ${typeof value === 'string' ? 'characters' : 'items'})`;
      if (/^(should|is in the future)/.test(custom) && typeof value === 'string') message += ` (found ${describeValue(value)})`;
    }
  } else {
    switch (issue.code) {
      case 'invalid_type':
        message = `found ${describeValue(value)}; expected ${TYPE_NAMES[issue.expected ?? ''] ?? issue.expected}`;
        break;
      case 'too_small':
      case 'too_big': {
        const bound = issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
        if (issue.origin === 'string') message = `is ${lengthOf(value)} characters; expected ${bound} characters`;
        else if (issue.origin === 'array') message = `has ${lengthOf(value)} item${lengthOf(value) === 1 ? '' : 's'}; expected ${bound}`;
        else message = `found ${describeValue(value)}; expected ${bound}`;
        break;
      }
      case 'invalid_value':
        message = `found ${describeValue(value)}; expected one of: ${(issue.values ?? []).join(', ')}`;
        break;
      case 'invalid_format':
        message = `found ${describeValue(value)}; expected ${issue.format === 'url' ? 'a full https:// address' : issue.format === 'email' ? 'an email address' : `text in the form the field needs (${issue.format})`}`;
        break;
      default:
        message = `found ${describeValue(value)}; ${issue.message}`;
    }
  }
  // Enum-like fields: suggest the option the editor probably meant.
  const options = issue.values?.map(String) ?? /one of: (.+)$/.exec(issue.message)?.[1]?.split(/,\s*/);
  if (options && typeof value === 'string') {
    const guess = closest(value, options);
    if (guess && guess !== value) message += `; did you mean "${guess}"?`;
  }
  return message;
}
