/**
 * The one place the browser talks to Pagefind: loads its JS API from the built bundle
 * (never bundled by Vite, so it always matches the indexer that wrote the index), runs
 * searches, and fixes typos Pagefind can't (see src/lib/search/spelling.ts).
 * Shared by the header search box and the /search/ page.
 */
import { correctQuery, words, type Correction } from '../../lib/search/spelling';
import { STOP_WORDS, appendUnique, isQuestion, maxCounts, mergeByScore, titleHasEvery, topicWords, withoutStopWords } from '../../lib/search/query';
import type { ResultData } from '../../lib/search/results';
import { searchMessages, type SearchMessages, type SearchStrings } from '../../lib/search/messages';

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
  /** True when some results have only some of the words (too few pages had them all). */
  relaxed?: boolean;
  /** Per filter value, how many results this query has, whatever sections are ticked. */
  counts: Record<string, Record<string, number>>;
}

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/**
 * Ranking tuned on this site's pages: titles and the "also called" aliases are where a
 * lay word like "slipped disc" names a page, so both outweigh body text.
 */
const RANKING = { metaWeights: { title: 6, aliases: 5 }, termSimilarity: 2, pageLength: 0.4 };

/**
 * The search page in the page's language (/es/search/ on a Spanish page): where the search
 * form sends its query, which also serves that language's words.json and strings.json.
 */
export const searchPagePath = document.querySelector('form[role="search"]')?.getAttribute('action') ?? `${base}search/`;

let api: Promise<PagefindApi> | undefined;
let vocabulary: Promise<string[]> | undefined;
let messages: Promise<SearchMessages> | undefined;

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

function loadVocabulary(): Promise<string[]> {
  vocabulary ??= fetch(`${searchPagePath}words.json`).then((r) => (r.ok ? (r.json() as Promise<string[]>) : []));
  return vocabulary;
}

/**
 * The sentences the search UI writes, in the page's language (search/strings.json, from the
 * strings table). Fetched with the search code rather than carried by every page: they would
 * cost each article a fifth of its spare room in the first round trip (quality-budgets.test.ts).
 */
export function loadMessages(): Promise<SearchMessages> {
  messages ??= fetch(`${searchPagePath}strings.json`).then(async (r) => {
    if (!r.ok) throw new Error(`${r.url}: ${r.status}`);
    return searchMessages((await r.json()) as SearchStrings);
  });
  messages.catch(() => (messages = undefined));
  return messages;
}

/**
 * Result counts per filter value, as if no section were ticked: Pagefind reports them as
 * totalFilters when a filter is applied, and as filters when none is.
 */
function countsOf(response: PagefindResponse): Record<string, Record<string, number>> {
  const total = response.totalFilters;
  return total && Object.keys(total).length ? total : response.filters;
}

const hitsByWord = new Map<string, Promise<number>>();

/** Words of the query that are on no page at all (Pagefind would silently drop them). */
async function unknownWords(pagefind: PagefindApi, query: string): Promise<Set<string>> {
  const candidates = [...new Set(words(query))].filter((w) => w.length >= 4 && !STOP_WORDS.has(w));
  const counts = await Promise.all(
    candidates.map((w) => {
      if (!hitsByWord.has(w)) hitsByWord.set(w, pagefind.search(w).then((r) => r?.results.length ?? 0));
      return hitsByWord.get(w)!;
    }),
  );
  return new Set(candidates.filter((_, i) => counts[i] === 0));
}

/**
 * Pagefind's search for the topic words of a query. If the visitor typed (nearly) a
 * page's title, little words and all ("what is sciatica"), that page comes first: when
 * one topic word is left, the little words are what tell that page apart from every
 * other page that mentions sciatica.
 */
async function searchCore(pagefind: PagefindApi, query: string, options: Record<string, unknown>): Promise<PagefindResponse | null> {
  const core = withoutStopWords(query);
  if (!core) return pagefind.search(query, options);
  // Searching the little words too costs an index chunk per first letter: only worth it for
  // a question whose one topic word is too vague to rank on its own.
  if (core.includes(' ') || !isQuestion(query)) return pagefind.search(core, options);
  const [topical, whole] = await Promise.all([pagefind.search(core, options), pagefind.search(query, options)]);
  const top = whole?.results[0];
  if (!topical || !top || topical.results[0]?.id === top.id) return topical;
  const title = (await top.data()).meta['title'] ?? '';
  if (!titleHasEvery(title, query)) return topical;
  return { ...topical, results: [top, ...topical.results.filter((r) => r.id !== top.id)] };
}

/**
 * Searches for `query` within the chosen filters, the way a forgiving person would:
 * 1. the little words go ("is my sciatica an emergency" → "sciatica emergency"): Pagefind
 *    wants every word on the page, and "my" or "an" would rule out the right one;
 * 2. words that are on no page are corrected from the site's vocabulary ("siatica");
 * 3. if no page has every word, the pages with some of them, those with more first.
 * Returns null if a newer search made this one obsolete.
 */
export async function search(query: string, filters?: Record<string, unknown>, isCurrent: () => boolean = () => true): Promise<SearchOutcome | null> {
  const pagefind = await loadPagefind();
  const options = filters ? { filters } : {};
  if (!query) {
    // An empty query with a filter lists the whole section (Pagefind's filter-only search).
    const all = await pagefind.search(null, options);
    return all && isCurrent() ? { query, results: all.results, counts: countsOf(all) } : null;
  }

  const [first, unknown] = await Promise.all([searchCore(pagefind, query, options), unknownWords(pagefind, query)]);
  if (!first || !isCurrent()) return null;
  let outcome: SearchOutcome = { query, results: first.results, counts: countsOf(first) };

  if (unknown.size) {
    const correction = correctQuery(query, unknown, await loadVocabulary());
    if (!isCurrent()) return null;
    if (correction) {
      const fixed = await searchCore(pagefind, correction.query, options);
      if (!fixed || !isCurrent()) return null;
      outcome = { query, correction, results: fixed.results, counts: countsOf(fixed) };
    }
  }
  const single = topicWords(outcome.correction?.query ?? query);
  if (outcome.results.length > 0 || single.length < 2) return outcome;

  // No page has every word: show the pages with some of them, those with more first.
  const each = await Promise.all(single.map((w) => pagefind.search(w, options)));
  if (!isCurrent()) return null;
  const results = appendUnique(outcome.results, mergeByScore(each.map((r) => r?.results ?? [])));
  // Section counts across the searches: the largest per search, a floor on the true count.
  const counts = maxCounts([outcome.counts, ...each.map((r) => (r ? countsOf(r) : {}))]);
  return { ...outcome, results, counts, relaxed: results.length > outcome.results.length };
}

/** Every filter value with its page count, for the filter list before any search. */
export async function allFilters(): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind()).filters();
}
