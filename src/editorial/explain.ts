/**
 * Zod issues in an editor's words: what was found, what is expected, and for a missing
 * field the line to add. The schemas carry their own editor-facing messages; this fills in
 * zod's defaults where a schema gives none.
 */
import { closest } from './problems';

/** Hints for fields that are missing altogether, keyed by field name. */
const MISSING_HINTS: Record<string, string> = {
  title: 'add `title: Your page title` (3 to 90 characters)',
  description: 'add `description:` with one sentence of 20 to 160 characters',
  author: 'add `author:` with a file name from content/people/ (without .yaml), e.g. author: jordan-avery',
  reviewer: 'add `reviewer:` with the medical reviewer’s file name from content/people/, e.g. reviewer: dr-priya-raman',
  lastReviewed: 'add `lastReviewed: YYYY-MM-DD`, the day the reviewer checked the page',
  sources: 'add `sources: [key]` with at least one file name from content/sources/, e.g. sources: [nhs-sciatica]',
};

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
  /** unrecognized_keys: the fields the schema does not know. */
  keys?: string[];
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
