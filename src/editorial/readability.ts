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

/**
 * Spanish: the Fernández-Huerta reading ease (Flesch's formula refitted to Spanish, in the
 * corrected form most Spanish tools use), 0–100, higher is easier:
 *
 * ease = 206.84 − 60 × (syllables / words) − 1.02 × (words / sentences)
 *
 * 70–80 reads as "bastante fácil" (fairly easy), 80–90 "fácil"; `npm run check` fails a Spanish
 * body below READING_EASE_ES_MIN, as it fails an English one above READING_GRADE_LIMIT.
 */
export const READING_EASE_ES_MIN = 70;

const ES_LETTERS = /[a-záéíóúüñ]/i;
const STRONG = new Set([...'aeoáéóíú']);
const WEAK = new Set([...'iuü']);

/**
 * Syllables of a Spanish word: one per vowel nucleus. Two strong vowels side by side are two
 * syllables (hiatus: "le-e"); a weak unstressed vowel (i, u) joins its neighbour (diphthong:
 * "cau-sa", "pie"); an accented í or ú breaks the pair ("dí-a"). Final y after a vowel is a vowel ("hoy").
 */
export function countSyllablesEs(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñy]/g, '').replace(/(?<=[aeiou])y$/, 'i');
  if (w === 'y') return 1;
  let count = 0;
  let previous = '';
  for (const ch of w) {
    const vowel = STRONG.has(ch) || WEAK.has(ch);
    if (vowel) {
      const previousVowel = STRONG.has(previous) || WEAK.has(previous);
      if (!previousVowel) count += 1;
      else if (STRONG.has(ch) && STRONG.has(previous)) count += 1; // hiatus
    }
    previous = ch;
  }
  return Math.max(1, count);
}

export interface ReadingEaseStats {
  words: number;
  sentences: number;
  syllables: number;
  ease: number;
}

export function readingEaseEs(prose: string): ReadingEaseStats {
  const sentences = prose.split(/(?<=[.!?])\s+/).filter((s) => ES_LETTERS.test(s));
  const words = prose
    .split(/\s+/)
    .map((w) => w.replace(/^[^a-záéíóúüñ0-9]+|[^a-záéíóúüñ0-9]+$/gi, ''))
    .filter((w) => ES_LETTERS.test(w));
  const syllables = words.reduce((sum, w) => sum + countSyllablesEs(w), 0);
  const s = Math.max(1, sentences.length);
  const n = Math.max(1, words.length);
  const ease = 206.84 - 60 * (syllables / n) - 1.02 * (n / s);
  return { words: words.length, sentences: sentences.length, syllables, ease: Math.round(ease * 10) / 10 };
}

/** Reading ease of a Spanish Markdown body. */
export function easeOfEs(body: string): number {
  return readingEaseEs(proseFromMarkdown(body.replace(/[¿¡]/g, ''))).ease;
}
