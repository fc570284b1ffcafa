/**
 * The one place the browser talks to Pagefind: loads its JS API from the built bundle
 * (never bundled by Vite, so it always matches the indexer that wrote the index), runs
 * searches, and fixes typos Pagefind can't (see src/lib/searchSpelling.ts).
 * Shared by the header search box and the /search/ page.
 */
import { correctQuery, words, type Correction } from '../lib/searchSpelling';
import { mergeByScore, topicWords, withoutStopWords } from '../lib/searchQuery';
import type { ResultData } from '../lib/searchResults';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchOutcome {
  query: string;
  /** Set when typos were fixed: the results are for correction.query. */
  correction?: Correction;
  results: PagefindResult[];
  /** True when no page has all the topic words, so these results have only some of them. */
  relaxed?: boolean;
  /** Per filter value, how many results there are for this query ignoring the section filter. */
  totalFilters: Record<string, Record<string, number>>;
}

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/**
 * Ranking tuned on this site's pages: titles and the "also called" aliases are where a
 * lay word like "slipped disc" names a page, so both outweigh body text.
 */
const RANKING = { metaWeights: { title: 6, aliases: 5 }, termSimilarity: 2, pageLength: 0.4 };

let api: Promise<PagefindApi> | undefined;
let vocabulary: Promise<string[]> | undefined;

/** Loads Pagefind once (pagefind.js, its WASM and the index metadata). Safe to call on every focus. */
export function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // noWorker: one less 12 KB download; a search on this site takes a few milliseconds on the main thread.
    await pagefind.options({ basePath: `${base}pagefind/`, baseUrl: base, excerptLength: 22, noWorker: true, ranking: RANKING });
    await pagefind.init();
    return pagefind;
  })();
  api.catch(() => (api = undefined));
  return api;
}

/** Starts fetching the index chunks a query will need while the visitor is still typing. */
export function preload(term: string): void {
  if (term.trim()) void loadPagefind().then((p) => p.preload(term));
}

function loadVocabulary(): Promise<string[]> {
  vocabulary ??= fetch(`${base}search/words.json`).then((r) => (r.ok ? (r.json() as Promise<string[]>) : []));
  return vocabulary;
}

const hitsByWord = new Map<string, Promise<number>>();

/** Words of the query that are on no page at all (Pagefind would silently drop them). */
async function unknownWords(pagefind: PagefindApi, query: string): Promise<Set<string>> {
  const candidates = [...new Set(words(query))].filter((w) => w.length >= 4);
  const counts = await Promise.all(
    candidates.map((w) => {
      let hits = hitsByWord.get(w);
      if (!hits) {
        hits = pagefind.search(w).then((r) => r?.results.length ?? 0);
        hitsByWord.set(w, hits);
      }
      return hits;
    }),
  );
  return new Set(candidates.filter((_, i) => counts[i] === 0));
}

/**
 * Searches for `query` within the chosen filters, the way a forgiving person would:
 * 1. words that are on no page are corrected from the site's vocabulary ("siatica");
 * 2. if no page has every word, the little words go ("knots in my buttock" → "knots buttock");
 * 3. if still nothing, pages with any of the words, those with more of them first.
 * Returns null if a newer search made this one obsolete.
 */
export async function search(query: string, filters?: Record<string, unknown>, isCurrent: () => boolean = () => true): Promise<SearchOutcome | null> {
  const pagefind = await loadPagefind();
  const options = filters ? { filters } : {};
  if (!query) {
    // An empty query with a filter lists the whole section (Pagefind's filter-only search).
    const all = await pagefind.search(null, options);
    return all && isCurrent() ? { query, results: all.results, totalFilters: all.totalFilters } : null;
  }

  const [first, unknown] = await Promise.all([pagefind.search(query, options), unknownWords(pagefind, query)]);
  if (!first || !isCurrent()) return null;
  let outcome: SearchOutcome = { query, results: first.results, totalFilters: first.totalFilters };

  if (unknown.size) {
    const correction = correctQuery(query, unknown, await loadVocabulary());
    if (!isCurrent()) return null;
    if (correction) {
      const fixed = await pagefind.search(correction.query, options);
      if (!fixed || !isCurrent()) return null;
      outcome = { query, correction, results: fixed.results, totalFilters: fixed.totalFilters };
    }
  }
  if (outcome.results.length > 0) return outcome;

  const effective = outcome.correction?.query ?? query;
  const shorter = withoutStopWords(effective);
  if (shorter) {
    const fewer = await pagefind.search(shorter, options);
    if (!fewer || !isCurrent()) return null;
    if (fewer.results.length) return { ...outcome, results: fewer.results, totalFilters: fewer.totalFilters };
  }
  const single = topicWords(effective);
  if (single.length < 2) return outcome;
  const each = await Promise.all(single.map((w) => pagefind.search(w, options)));
  if (!isCurrent()) return null;
  const lists = each.map((r) => r?.results ?? []);
  // Section counts for "any of the words": the largest per word, a floor on the true count.
  const totalFilters: SearchOutcome['totalFilters'] = {};
  for (const r of each) {
    for (const [filter, values] of Object.entries(r?.totalFilters ?? {})) {
      const into = (totalFilters[filter] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = Math.max(into[value] ?? 0, n);
    }
  }
  return { ...outcome, results: mergeByScore(lists), totalFilters, relaxed: true };
}

/** Every filter value with its page count, for the filter list before any search. */
export async function allFilters(): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind()).filters();
}

export const searchPagePath = `${base}search/`;
