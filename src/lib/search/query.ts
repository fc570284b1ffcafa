/**
 * Making a query someone in pain types work with Pagefind's rules. Pagefind returns
 * only pages that contain every known word of a query (and silently drops words that
 * are on no page), so "knots in my buttock" finds nothing when no page says "my".
 * When that happens the search UI retries without the little words, and then with any
 * of the words, best matches first. Pure: no DOM, no Pagefind.
 */
import { words } from './spelling';

/**
 * Words that carry no topic. Kept short on purpose: "worse", "both", "leg" and the like
 * must never be dropped, and question words only go when a full search found nothing.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can could did do does doing for from had has have how i if in into is it its ' +
    "it's i'm i've me my of on or our should so than that the their them then there these they this to was we what " +
    'when where which who why will with would you your'
  ).split(' '),
);

/**
 * What to send to Pagefind while the visitor types. Every word costs an index chunk for
 * its first letters, so a last word that can't be a topic yet is left off ("slipped d",
 * "sleeping on yo": a single letter, or a little word or the start of one), and a query
 * of little words only is not searched at all.
 */
export function searchableQuery(typed: string): string {
  const parts = typed.trim().split(/\s+/).filter(Boolean);
  const unfinished = (word: string) => {
    const w = word.toLowerCase();
    return w.length === 1 || [...STOP_WORDS].some((stop) => stop.startsWith(w));
  };
  while (parts.length > 1 && unfinished(parts[parts.length - 1]!)) parts.pop();
  if (parts.every((p) => words(p).every((w) => STOP_WORDS.has(w)))) return '';
  const query = parts.join(' ');
  return query.length >= 2 ? query : '';
}

/** Words a question starts with: "what is sciatica" names an FAQ by its little words. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  'what how why when where which who can could is are does do should will would'.split(' '),
);

/** True for queries that read like a question ("how long does it last"). */
export function isQuestion(query: string): boolean {
  return QUESTION_WORDS.has(words(query)[0] ?? '');
}

/** The query without stop words, or undefined if that leaves nothing or changes nothing. */
export function withoutStopWords(query: string): string | undefined {
  const all = words(query);
  const kept = all.filter((w) => !STOP_WORDS.has(w));
  return kept.length && kept.length < all.length ? kept.join(' ') : undefined;
}

/**
 * True when every word of the query is in the title (the last one may be half typed):
 * "what is sciatica" and "What is sciatica?".
 */
export function titleHasEvery(title: string, query: string): boolean {
  const inTitle = words(title);
  const typed = words(query);
  return (
    typed.length > 0 &&
    typed.every((w, i) => inTitle.includes(w) || (i === typed.length - 1 && inTitle.some((t) => t.startsWith(w))))
  );
}

/** The topic words of a query, for searching one at a time. */
export function topicWords(query: string): string[] {
  const all = [...new Set(words(query))];
  const kept = all.filter((w) => !STOP_WORDS.has(w));
  return kept.length ? kept : all;
}

/** The first list, then the items of the others it doesn't have yet, in order. */
export function appendUnique<T extends { id: string }>(first: readonly T[], ...more: (readonly T[])[]): T[] {
  const seen = new Set(first.map((r) => r.id));
  // Set.add returns the set, so a result is kept the first time its id is seen.
  return [...first, ...more.flat().filter((result) => !seen.has(result.id) && seen.add(result.id))];
}

/** Per filter and value, the largest count among several searches' filter counts. */
export function maxCounts(all: readonly Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [filter, values] of all.flatMap((counts) => Object.entries(counts))) {
    const into = (out[filter] ??= {});
    for (const [value, n] of Object.entries(values)) into[value] = Math.max(into[value] ?? 0, n);
  }
  return out;
}

/**
 * Merges the results of one search per word into one list: pages that match more of the
 * words first, then by Pagefind's summed score. Each page appears once.
 */
export function mergeByScore<T extends { id: string; score: number }>(lists: readonly (readonly T[])[]): T[] {
  const merged = new Map<string, { result: T; hits: number; score: number }>();
  for (const result of lists.flat()) {
    const seen = merged.get(result.id) ?? { result, hits: 0, score: 0 };
    seen.hits += 1;
    seen.score += result.score;
    merged.set(result.id, seen);
  }
  return [...merged.values()].sort((a, b) => b.hits - a.hits || b.score - a.score).map((m) => m.result);
}
