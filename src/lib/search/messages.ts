/**
 * The sentences the search UI writes in the browser, in the page's language. The words are
 * the strings table's `pages.searchResults` (src/i18n/), which the page's language sends as
 * search/strings.json; here they get their counts and queries filled in. Pure: no DOM.
 */
import type { UiStrings } from '../../i18n/en';

/** The search UI's words: plain strings with {count}, {query}, {corrected}, {sections} … to fill in. */
export type SearchStrings = UiStrings['pages']['searchResults'];

/** A template with its {names} replaced: fill('{count} results', { count: 3 }) → '3 results'. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export interface Found {
  /** What the visitor typed. */
  query: string;
  count: number;
  /** The query the results are for, when typos were fixed. */
  corrected?: string | undefined;
  /** Some results have only some of the words. */
  relaxed?: boolean | undefined;
}

/** Every sentence the header box and /search/ show or announce, in the language of `s`. */
export function searchMessages(s: SearchStrings) {
  const results = (count: number) => fill(count === 1 ? s.oneResult : s.manyResults, { count });
  const pages = (count: number) => fill(count === 1 ? s.onePage : s.manyPages, { count });
  const within = (sections: readonly string[]) => (sections.length ? fill(s.pageIn, { sections: sections.join(', ') }) : '');

  /** What a screen reader hears after a search settles. */
  const announcement = (count: number, query: string, corrected?: string) =>
    count === 0
      ? fill(s.sayNone, { query })
      : fill(corrected ? s.sayCorrected : s.sayFound, { results: results(count), query, corrected: corrected ?? '' });

  return {
    strings: s,
    results,
    announcement,
    subResultsLabel: (title: string) => fill(s.subResultsLabel, { title }),

    /** The header list's summary line. */
    panelSummary({ query, count, corrected, relaxed }: Found): string {
      if (!count) return fill(s.panelNone, { query });
      const someWords = relaxed ? s.panelSomeWords : '';
      return fill(corrected ? s.panelCorrected : s.panelFound, { query, corrected: corrected ?? '', results: results(count), someWords });
    },
    /** The link under the header list, to /search/. */
    panelAllLink: (count: number, shown: number) => (count > shown ? fill(s.panelSeeAll, { count }) : count ? s.panelFilter : s.panelBrowse),

    /** The /search/ page's summary line, for a query or (without one) the ticked sections. */
    pageSummary({ query, count, corrected, relaxed }: Found, sections: readonly string[]): string {
      const where = within(sections);
      if (!query) return fill(s.pageListed, { pages: pages(count), in: where });
      if (!count) return fill(s.pageNone, { query, in: where });
      const someWords = relaxed ? s.pageSomeWords : '';
      return fill(corrected ? s.pageCorrected : s.pageFound, { results: results(count), query, corrected: corrected ?? '', in: where, someWords });
    },
    /** What the /search/ page announces: the count, and the sections it is filtered to. */
    pageAnnouncement(found: Found, sections: readonly string[]): string {
      if (!found.query) return this.pageSummary(found, sections);
      const filtered = sections.length ? fill(s.sayFiltered, { sections: sections.join(', ') }) : '';
      return `${announcement(found.count, found.query, found.corrected)}${filtered}`;
    },
  };
}

export type SearchMessages = ReturnType<typeof searchMessages>;
