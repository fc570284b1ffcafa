/**
 * Spelling help for search. Pagefind matches whole words and prefixes but has no typo
 * tolerance, so "siatica" finds nothing. When a query word matches no page, the search
 * UI fetches the site's vocabulary (words from titles, aliases, questions, headings and
 * descriptions: see src/pages/search/words.json.ts) and swaps the word for the closest
 * one in it. Pure functions: no DOM, no Pagefind.
 */

/** Lower-case words of a query or text: letters and digits, apostrophes and hyphens kept inside words. */
export function words(text: string): string[] {
  return (text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+(?:['’-][a-z0-9]+)*/g) ?? []).map(
    (w) => w.replace(/’/g, "'"),
  );
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment): "siatica" →
 * "sciatica" is 1, "sciatcia" → "sciatica" is 1. Stops early and returns max + 1 once
 * the distance is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The vocabulary word closest to `word`, or undefined when nothing is close enough.
 * `vocabulary` is ordered most frequent first, which breaks ties; a candidate that
 * keeps the first letter wins over one that doesn't at the same distance.
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  // How many typos a word of this length may carry: none for short words, where a guess is usually wrong.
  const max = word.length <= 3 ? 0 : word.length <= 5 ? 1 : 2;
  if (max === 0) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of vocabulary) {
    if (candidate === word) return undefined;
    const distance = editDistance(word, candidate, max);
    if (distance > max) continue;
    // Half a point for a different first letter: people rarely get the first letter wrong.
    const score = distance + (candidate[0] === word[0] ? 0 : 0.5);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

export interface Correction {
  /** The query with unknown words replaced, as the visitor would type it. */
  query: string;
  /** Pairs of [typed, used] for every replaced word. */
  replaced: [string, string][];
}

/**
 * Replaces the words in `unknown` (words that matched no page) with their closest
 * vocabulary word. Returns undefined when nothing could be corrected.
 */
export function correctQuery(query: string, unknown: ReadonlySet<string>, vocabulary: readonly string[]): Correction | undefined {
  const replaced: [string, string][] = [];
  const corrected = words(query).map((word) => {
    if (!unknown.has(word)) return word;
    const fix = closestWord(word, vocabulary);
    if (!fix) return word;
    replaced.push([word, fix]);
    return fix;
  });
  return replaced.length ? { query: corrected.join(' '), replaced } : undefined;
}

/**
 * The vocabulary for spelling help, built from the texts that name topics (titles,
 * aliases, questions, headings, descriptions). Words of 4+ letters, most frequent first,
 * then alphabetical so the file is the same on every build.
 */
export function buildVocabulary(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of words(text)) {
      if (word.length < 4 || /^\d+$/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}
