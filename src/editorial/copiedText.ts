/**
 * Words copied between articles: runs of at least N words that appear, word for word, in
 * two pages. Each page should say things in its own words (and repeat a fact by linking to
 * the page that owns it), so `npm run check` lists every such run. Pure.
 *
 * Comparison is on the prose a reader sees (proseFromMarkdown: no citations, link targets,
 * code or tables), lowercased, with punctuation ignored.
 */
import { proseFromMarkdown } from './readability';

export interface Document {
  /** What to call it in the report, e.g. content/causes/herniated-disc.md. */
  id: string;
  /** Markdown body. */
  body: string;
}

export interface CopiedRun {
  a: string;
  b: string;
  /** Number of words in the shared run. */
  words: number;
  /** The run as it reads in page a. */
  text: string;
}

interface Tokens {
  /** Normalised words, for matching. */
  keys: string[];
  /** The words as written, for the report. */
  words: string[];
}

function tokenize(body: string): Tokens {
  const words = proseFromMarkdown(body)
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  return { words, keys: words.map((w) => w.toLowerCase().replace(/[’']/g, '')) };
}

/** Every run of `n` or more words shared by two documents, longest first. */
export function findCopiedRuns(documents: readonly Document[], n = 8): CopiedRun[] {
  const tokens = documents.map((d) => tokenize(d.body));
  // Where each n-word sequence occurs: document index and word position.
  const seen = new Map<string, [number, number][]>();
  tokens.forEach(({ keys }, doc) => {
    for (let i = 0; i + n <= keys.length; i++) {
      const key = keys.slice(i, i + n).join(' ');
      const list = seen.get(key);
      if (list) list.push([doc, i]);
      else seen.set(key, [[doc, i]]);
    }
  });
  // Matching positions between two different documents (a < b).
  const matches = new Set<string>();
  for (const places of seen.values()) {
    if (places.length < 2) continue;
    for (const [da, pa] of places) {
      for (const [db, pb] of places) if (da < db) matches.add(`${da}:${pa}:${db}:${pb}`);
    }
  }
  const runs: CopiedRun[] = [];
  for (const match of matches) {
    const [da, pa, db, pb] = match.split(':').map(Number) as [number, number, number, number];
    // Start only where the run starts; extend while the next window matches too.
    if (matches.has(`${da}:${pa - 1}:${db}:${pb - 1}`)) continue;
    let length = 1;
    while (matches.has(`${da}:${pa + length}:${db}:${pb + length}`)) length++;
    const words = n + length - 1;
    runs.push({
      a: documents[da]!.id,
      b: documents[db]!.id,
      words,
      text: tokens[da]!.words.slice(pa, pa + words).join(' '),
    });
  }
  return runs.sort((x, y) => y.words - x.words || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}
