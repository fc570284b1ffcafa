/**
 * Flesch-Kincaid grade level of an article body, computed on the prose a reader sees:
 * frontmatter, MDX imports and components, citations, link targets, tables and code are removed
 * first. Pure and dependency-free so scripts/ and tests can share it.
 *
 * grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 */

/** The hardest US school grade a page may read at: `npm run check` fails above it, and so do the tests. */
export const READING_GRADE_LIMIT = 8;

/** Markdown body → plain sentences. */
export function proseFromMarkdown(body: string): string {
  return body
    .replace(/^---[\s\S]*?\n---\n/, '') // frontmatter, if a whole file was passed
    .replace(/^(import|export)\s.*$/gm, '') // MDX imports/exports
    .replace(/```[\s\S]*?```/g, '') // code blocks
    .replace(/<[^>]+>/g, ' ') // HTML and MDX components
    .replace(/^\s*\|.*\|\s*$/gm, '') // table rows (cells are fragments, not sentences)
    .replace(/\[@[^\]]+\]/g, '') // citations
    .replace(/\[\^[^\]]+\]:?/g, '') // footnote markers
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/^#{1,6}\s+(.*)$/gm, '$1.') // a heading reads as one short sentence
    .replace(/^\s*(?:[-*+]|\d+\.)\s+(.*?)([.!?:;])?\s*$/gm, (_m, item: string, end?: string) => `${item}${end && end !== ':' && end !== ';' ? end : '.'}`)
    .replace(/[*_~`>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export interface ReadingStats {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

export function readingStats(prose: string): ReadingStats {
  const sentences = prose.split(/(?<=[.!?])\s+/).filter((s) => /[a-z]/i.test(s));
  const words = prose
    .split(/\s+/)
    .map((w) => w.replace(/^[^a-z0-9]+|[^a-z0-9]+$/gi, ''))
    .filter((w) => /[a-z]/i.test(w));
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0);
  const s = Math.max(1, sentences.length);
  const n = Math.max(1, words.length);
  const grade = 0.39 * (n / s) + 11.8 * (syllables / n) - 15.59;
  return { words: words.length, sentences: sentences.length, syllables, grade: Math.round(grade * 10) / 10 };
}

/** Grade of a Markdown body. */
export function gradeOf(body: string): number {
  return readingStats(proseFromMarkdown(body)).grade;
}
