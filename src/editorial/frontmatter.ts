/**
 * Splits a Markdown file into frontmatter and body, and parses YAML, keeping line
 * numbers so every problem can point at the line an editor has to change. Pure:
 * text in, data and located problems out.
 *
 * Astro's own parser (js-yaml, @astrojs/internal-helpers/frontmatter) says "duplicated
 * mapping key" or, for an unclosed block, reports every field as missing; these
 * functions find the real fault first and say it in plain words.
 */
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Document } from 'yaml';

export type FrontmatterStatus = 'ok' | 'missing' | 'unclosed' | 'not-at-start';

export interface SplitFile {
  status: FrontmatterStatus;
  /** The YAML between the two --- lines ('' when there is none). */
  yaml: string;
  /** Everything after the closing ---. */
  body: string;
  /** 1-based line of the first YAML line (the line after the opening ---). */
  yamlLine: number;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** For an unclosed block: the line after which the closing --- probably belongs. */
  closeAfter?: number;
}

const FENCE = /^---\s*$/;
const KEY = /^[A-Za-z_][\w-]*\s*:/;
/** A line that cannot be frontmatter: page text (not a field, comment, list item or indented). */
const isProse = (line: string) => line.trim() !== '' && !line.startsWith('#') && !KEY.test(line) && !/^\s/.test(line) && !/^- /.test(line) && !FENCE.test(line);

/** Finds the frontmatter block: a --- line at the very top and the next --- line. */
export function splitFrontmatter(text: string): SplitFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1 || !FENCE.test(lines[first] ?? '')) {
    // A --- further down, followed by a field, is a frontmatter block in the wrong place.
    const late = lines.findIndex((line, i) => i > 0 && FENCE.test(line) && KEY.test(lines[i + 1] ?? ''));
    return { status: late > 0 ? 'not-at-start' : 'missing', yaml: '', body: text, yamlLine: 1, bodyLine: 1 };
  }
  if (first > 0) {
    return { status: 'not-at-start', yaml: '', body: text, yamlLine: first + 2, bodyLine: 1 };
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  // Page text before the "closing" --- means the real closing line was forgotten and a
  // horizontal rule further down (or nothing) ends the block.
  const end = close === -1 ? lines.length : close;
  const prose = lines.findIndex((line, i) => i > 0 && i < end && isProse(line));
  if (close === -1 || prose !== -1) {
    const stop = prose !== -1 ? prose : lines.length;
    let last = 0;
    for (let i = 1; i < stop; i++) if (KEY.test(lines[i] ?? '') || /^\s+\S/.test(lines[i] ?? '') || /^- /.test(lines[i] ?? '')) last = i;
    return { status: 'unclosed', yaml: '', body: text, yamlLine: 2, bodyLine: 1, closeAfter: last + 1 };
  }
  return {
    status: 'ok',
    yaml: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    yamlLine: 2,
    bodyLine: close + 2,
  };
}

export interface YamlProblem {
  /** 1-based line in the file. */
  line: number;
  message: string;
  /** The line as written, to quote back. */
  text: string;
}

export interface ParsedYaml {
  data: unknown;
  problems: YamlProblem[];
  /** 1-based file line of the value at a path such as ['sources', 1], if it is written. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** Plain-English wording for the YAML library's error codes, with the fix. */
function explain(code: string, message: string, text: string): string {
  const key = /^\s*([\w-]+)\s*:/.exec(text)?.[1];
  switch (code) {
    case 'DUPLICATE_KEY':
      return `the field "${key ?? '?'}" is written twice; keep one of them`;
    case 'TAB_AS_INDENT':
      return 'a tab is used to indent this line; YAML needs spaces (use two spaces per level)';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return /:\s.*:\s/.test(text) || /^\s*[\w-]+\s*:\s.*:\s/.test(text)
        ? `the value of "${key ?? '?'}" contains ": ", which YAML reads as a new field; put the whole value in double quotes, e.g. ${key ?? 'title'}: "${text.replace(/^\s*[\w-]+\s*:\s*/, '').replace(/"/g, '\\"')}"`
        : 'this line is indented more than the field above it; line fields up at the same indent (two spaces under their parent)';
    case 'BAD_INDENT':
      return /flow sequence|\]/i.test(message)
        ? 'a list opened with [ is not closed with ]; close it on the same line, e.g. sources: [furlan2015, koes2007]'
        : 'this line is not indented the way YAML expects; nested fields take two spaces more than their parent';
    case 'BAD_SCALAR_START': {
      const char = /character (.)/.exec(message)?.[1] ?? '';
      return `a value cannot start with "${char}" in YAML; put the value in double quotes`;
    }
    case 'MISSING_CHAR':
      return /quote/i.test(message)
        ? 'a quoted value is not closed; end it with the same quote mark it starts with'
        : 'a list or group is not closed; check for a missing ] or }';
    case 'UNEXPECTED_TOKEN':
      return 'there is text after a quoted value; put the whole value inside the quotes';
    case 'BAD_DQ_ESCAPE':
      return 'a backslash inside double quotes starts an escape; write \\\\ for a backslash or use single quotes';
    default:
      return `YAML cannot read this line (${message.split('\n')[0]})`;
  }
}

function locate(doc: Document, counter: LineCounter, lineOffset: number) {
  const lineAt = (node: unknown) => (isNode(node) && node.range ? counter.linePos(node.range[0]).line + lineOffset : undefined);
  return (path: readonly (string | number)[]): number | undefined => {
    // Walk down the path; each step found gives a more precise line (a key's own line, or a
    // list item's). A step that is not written stops at its parent, except at the top level,
    // where a missing field has no line.
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === segment);
        if (!pair) return line;
        line = lineAt(pair.key) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (item === undefined) return line;
        line = lineAt(item) ?? line;
        node = item;
      } else return line;
    }
    return line;
  };
}

/**
 * Parses YAML that starts at file line `firstLine`. Problems carry file lines, so a
 * frontmatter error on its third line is reported as line 4 (after the opening ---).
 */
export function parseYaml(yaml: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lines = yaml.split(/\r?\n/);
  const offset = firstLine - 1;
  const problems = doc.errors.map((error) => {
    let { line } = counter.linePos(error.pos[0]);
    // An unclosed [ is noticed on the line after it: point at the line that opened it.
    if (error.code === 'BAD_INDENT' || error.code === 'MISSING_CHAR') {
      for (let i = line; i >= 1; i--) {
        const text = lines[i - 1] ?? '';
        if ((text.match(/\[/g) ?? []).length > (text.match(/\]/g) ?? []).length) {
          line = i;
          break;
        }
      }
    }
    const text = lines[line - 1] ?? '';
    return { line: line + offset, text, message: explain(error.code, error.message, text) };
  });
  // One fault often produces two errors on the same line; report it once.
  const unique = problems.filter((p, i) => problems.findIndex((q) => q.line === p.line) === i);
  return { data: unique.length ? undefined : doc.toJS(), problems: unique, lineOf: locate(doc, counter, offset) };
}
