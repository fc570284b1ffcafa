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
    if (match) problems.push({ field: match[1] || '(frontmatter)', message: cleanMessage(match[2] ?? '') });
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
    .replace(/^Invalid input: expected (\w+), received (\w+)$/i, 'expected $1 but found $2');
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
  title: 'add `title: Your page title`',
  description: 'add `description:` with one sentence under 160 characters',
  author: 'add `author:` with a file name from content/people/ (without .yaml)',
  reviewer: 'add `reviewer:` with the medical reviewer’s file name from content/people/',
  lastReviewed: 'add `lastReviewed: YYYY-MM-DD`, the day the reviewer checked the page',
  sources: 'add `sources: [key]` with at least one file name from content/sources/',
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
