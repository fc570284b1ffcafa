/**
 * Turning Pagefind's answers into what a visitor sees and hears: safe excerpts, the
 * link a result opens, which sub-results to show, and the search page's address (the
 * sentences it writes are src/lib/search/messages.ts's). Pure: no DOM, no Pagefind.
 */

/** The parts of a Pagefind result fragment the UI reads (see Pagefind's PagefindSearchFragment). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** What one rendered result shows. */
export interface ResultView {
  title: string;
  href: string;
  section: string;
  /** HTML: text with <mark> around the matched words, nothing else. */
  excerpt: string;
  subResults: { title: string; href: string; excerpt: string }[];
}

/**
 * Pagefind escapes page text and adds only <mark> tags; this keeps it that way even
 * for an index built from unexpected HTML, so the excerpt can be set as innerHTML.
 */
export function safeExcerpt(html: string): string {
  return html
    .split(/(<\/?mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

/**
 * A page may name its own result address with data-pagefind-meta="url:…": FAQ answers
 * do, so a result opens the FAQ page at the question (/faq/#heat-or-ice).
 */
export function resultHref(data: Pick<ResultData, 'url' | 'meta'>): string {
  return data.meta['url'] || data.url;
}

/**
 * Sub-results worth showing: the ones under a heading (not the part of the page before
 * the first heading, which is the page itself), best first as Pagefind orders them.
 */
export function pickSubResults(data: ResultData, max: number): ResultView['subResults'] {
  if (data.meta['url']) return []; // a page that points elsewhere has no headings of its own to jump to
  const page = data.url.split('#')[0];
  return (data.sub_results ?? [])
    .filter((sub) => sub.url.includes('#') && sub.url.split('#')[0] === page)
    .slice(0, max)
    .map((sub) => ({ title: sub.title, href: sub.url, excerpt: safeExcerpt(sub.excerpt) }));
}

export function toResultView(data: ResultData, maxSubResults = 2): ResultView {
  return {
    title: data.meta['title'] || resultHref(data),
    href: resultHref(data),
    section: data.filters?.['section']?.[0] ?? '',
    excerpt: safeExcerpt(data.excerpt),
    subResults: pickSubResults(data, maxSubResults),
  };
}

/** Pagefind filter object for the chosen sections: any of them (OR), or no filter at all. */
export function sectionFilter(sections: readonly string[]): { section: { any: string[] } } | undefined {
  return sections.length ? { section: { any: [...sections] } } : undefined;
}

export interface SearchState {
  query: string;
  sections: string[];
}

/** Reads ?q=…&section=…&section=… from a search page address. */
export function parseSearchParams(search: string): SearchState {
  const params = new URLSearchParams(search);
  return { query: (params.get('q') ?? '').trim(), sections: params.getAll('section').filter(Boolean) };
}

/** The search page address for a state, e.g. /sub/search/?q=slipped+disc&section=Causes. */
export function searchPageHref(searchPath: string, state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const section of state.sections) params.append('section', section);
  const qs = params.toString();
  return qs ? `${searchPath}?${qs}` : searchPath;
}
