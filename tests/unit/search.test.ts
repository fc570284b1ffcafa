import { describe, expect, it } from 'vitest';
import { buildVocabulary, closestWord, correctQuery, editDistance, words } from '../../src/lib/search/spelling';
import { appendUnique, isQuestion, maxCounts, mergeByScore, searchableQuery, titleHasEvery, topicWords, withoutStopWords } from '../../src/lib/search/query';
import {
  parseSearchParams,
  pickSubResults,
  safeExcerpt,
  searchPageHref,
  sectionFilter,
  toResultView,
  type ResultData,
} from '../../src/lib/search/results';
import { azIndex, azLetter } from '../../src/lib/search/az';
import { fill, searchMessages } from '../../src/lib/search/messages';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';

const VOCAB = buildVocabulary([
  'What is sciatica?',
  'Sciatica in pregnancy',
  'Piriformis syndrome',
  'Spinal stenosis',
  'Spondylolisthesis',
  'Herniated disc',
  'slipped disc, bulging disc',
  'Tingling: pins and needles',
  'Massage guns',
  'Sciatica and massage',
]);

describe('spelling help', () => {
  it('splits a query into lower-case words, keeping apostrophes inside words', () => {
    expect(words("Can't PEE — what's wrong?")).toEqual(["can't", 'pee', "what's", 'wrong']);
    expect(words('Café crème')).toEqual(['cafe', 'creme']);
  });

  it('counts a missing letter and a swapped pair as one typo each', () => {
    expect(editDistance('siatica', 'sciatica')).toBe(1);
    expect(editDistance('sciatcia', 'sciatica')).toBe(1);
    expect(editDistance('stenossis', 'stenosis')).toBe(1);
    expect(editDistance('disc', 'massage', 2)).toBe(3); // gives up past the limit
  });

  it('corrects common misspellings of the site’s topic words', () => {
    expect(closestWord('siatica', VOCAB)).toBe('sciatica');
    expect(closestWord('syatica', VOCAB)).toBe('sciatica');
    expect(closestWord('pirformis', VOCAB)).toBe('piriformis');
    expect(closestWord('spondylolithesis', VOCAB)).toBe('spondylolisthesis');
    expect(closestWord('tinglng', VOCAB)).toBe('tingling');
  });

  it('leaves short words and far-off words alone rather than guess', () => {
    expect(closestWord('bum', VOCAB)).toBeUndefined();
    expect(closestWord('xylophone', VOCAB)).toBeUndefined();
    expect(closestWord('sciatica', VOCAB)).toBeUndefined(); // already a known word
  });

  it('replaces only the words that matched no page', () => {
    expect(correctQuery('what is siatica', new Set(['siatica']), VOCAB)).toEqual({
      query: 'what is sciatica',
      replaced: [['siatica', 'sciatica']],
    });
    expect(correctQuery('massage gun', new Set(), VOCAB)).toBeUndefined();
  });

  it('builds the vocabulary most frequent first, without short words or numbers', () => {
    expect(VOCAB.slice(0, 2)).toEqual(['disc', 'sciatica']); // 3 each: ties go alphabetical, the same on every build
    expect(VOCAB).not.toContain('is');
    expect(buildVocabulary(['in 2024 the disc', 'disc'])).toEqual(['disc']);
  });
});

describe('forgiving queries', () => {
  it('drops little words only when that leaves topic words', () => {
    expect(withoutStopWords('knots in my buttock')).toBe('knots buttock');
    expect(withoutStopWords('can massage make it worse')).toBe('massage make worse');
    expect(withoutStopWords('slipped disc')).toBeUndefined();
    expect(withoutStopWords('what is it')).toBeUndefined();
  });

  it('keeps words that carry meaning for a person in pain', () => {
    expect(topicWords('worse in both legs')).toEqual(['worse', 'both', 'legs']);
  });

  it('keeps exact matches first and adds each other page once', () => {
    expect(appendUnique([{ id: 'a' }], [{ id: 'b' }, { id: 'a' }], [{ id: 'c' }]).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('reports the largest section count seen, never adding across searches', () => {
    expect(maxCounts([{ section: { Causes: 2 } }, { section: { Causes: 5, FAQ: 1 } }])).toEqual({ section: { Causes: 5, FAQ: 1 } });
  });

  it('ranks pages that match more of the words first, each page once', () => {
    const merged = mergeByScore([
      [{ id: 'a', score: 5 }, { id: 'b', score: 1 }],
      [{ id: 'b', score: 1 }, { id: 'c', score: 9 }],
    ]);
    expect(merged.map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });
});

const fragment = (over: Partial<ResultData> = {}): ResultData => ({
  url: '/sub/causes/herniated-disc/',
  excerpt: 'A <mark>slipped</mark> disc &amp; more',
  meta: { title: 'Herniated disc' },
  filters: { section: ['Causes'] },
  sub_results: [
    { title: 'Herniated disc', url: '/sub/causes/herniated-disc/', excerpt: 'intro' },
    { title: 'How it feels', url: '/sub/causes/herniated-disc/#how-it-feels', excerpt: '<mark>slipped</mark>' },
    { title: 'What helps', url: '/sub/causes/herniated-disc/#what-helps', excerpt: 'x' },
    { title: 'Massage', url: '/sub/causes/herniated-disc/#massage', excerpt: 'y' },
  ],
  ...over,
});

describe('showing results', () => {
  it('keeps <mark> and escapes any other markup in an excerpt', () => {
    expect(safeExcerpt('a <mark>b</mark> <img src=x onerror=alert(1)> &amp;')).toBe(
      'a <mark>b</mark> &lt;img src=x onerror=alert(1)&gt; &amp;',
    );
  });

  it('shows title, section, excerpt and up to two headings to jump to', () => {
    const view = toResultView(fragment());
    expect(view).toMatchObject({ title: 'Herniated disc', href: '/sub/causes/herniated-disc/', section: 'Causes' });
    expect(view.subResults.map((s) => s.href)).toEqual([
      '/sub/causes/herniated-disc/#how-it-feels',
      '/sub/causes/herniated-disc/#what-helps',
    ]);
  });

  it('opens an FAQ answer on the FAQ page at its question', () => {
    const view = toResultView(
      fragment({ url: '/faq/heat-or-ice/', meta: { title: 'Should I use heat or ice?', url: '/faq/#heat-or-ice' } }),
    );
    expect(view.href).toBe('/faq/#heat-or-ice');
    expect(view.subResults).toEqual([]);
  });

  it('ignores sub-results that point at another page', () => {
    const data = fragment({ sub_results: [{ title: 'x', url: '/other/#x', excerpt: '' }] });
    expect(pickSubResults(data, 3)).toEqual([]);
  });

  it('tells a screen reader how many results there are, and about a corrected word', () => {
    const { announcement } = searchMessages(en.pages.searchResults);
    expect(announcement(1, 'slipped disc')).toBe('1 result for “slipped disc”.');
    expect(announcement(4, 'siatica', 'sciatica')).toBe('No results for “siatica”. Showing 4 results for “sciatica”.');
    expect(announcement(0, 'zzz')).toMatch(/^No results for “zzz”/);
  });

  it('says the same in Spanish on Spanish pages', () => {
    const say = searchMessages(es.pages.searchResults);
    expect(say.announcement(1, 'hernia de disco')).toBe('1 resultado para “hernia de disco”.');
    expect(say.announcement(4, 'siatica', 'ciática')).toBe('No hay resultados para “siatica”. Se muestran 4 resultados para “ciática”.');
    expect(say.pageSummary({ query: 'dolor', count: 3 }, ['Causas', 'Síntomas'])).toBe('3 resultados para “dolor” en Causas, Síntomas.');
    expect(say.panelSummary({ query: 'zzz', count: 0 })).toMatch(/^No hay resultados para “zzz”/);
  });

  it('words the summaries as the English pages always have', () => {
    const say = searchMessages(en.pages.searchResults);
    expect(say.panelSummary({ query: 'siatica', count: 7, corrected: 'sciatica' })).toBe('No pages match “siatica”. 7 results for “sciatica”');
    expect(say.panelSummary({ query: 'a b', count: 2, relaxed: true })).toBe('2 results with some of your words');
    expect(say.panelAllLink(9, 5)).toBe('See all 9 results and filter by section');
    expect(say.pageSummary({ query: 'siatica', count: 1, corrected: 'sciatica', relaxed: true }, ['Causes'])).toBe(
      '1 result for “sciatica” in Causes (no pages match “siatica”). No page has all of these words; these have some of them.',
    );
    expect(say.pageSummary({ query: '', count: 6 }, ['FAQ'])).toBe('6 pages in FAQ.');
    expect(say.pageAnnouncement({ query: 'pain', count: 2 }, ['Red flags'])).toBe('2 results for “pain”. Filtered to Red flags.');
    expect(fill('{count} of {missing}', { count: 1 })).toBe('1 of {missing}');
  });
});

describe('search page address', () => {
  it('round-trips the query and ticked sections', () => {
    const href = searchPageHref('/sub/search/', { query: 'pins and needles', sections: ['Symptoms', 'FAQ'] });
    expect(href).toBe('/sub/search/?q=pins+and+needles&section=Symptoms&section=FAQ');
    expect(parseSearchParams(href.split('?')[1]!)).toEqual({ query: 'pins and needles', sections: ['Symptoms', 'FAQ'] });
    expect(searchPageHref('/search/', { query: '', sections: [] })).toBe('/search/');
  });

  it('filters to any of the ticked sections', () => {
    expect(sectionFilter(['Causes', 'Symptoms'])).toEqual({ section: { any: ['Causes', 'Symptoms'] } });
    expect(sectionFilter([])).toBeUndefined();
  });
});

describe('A–Z index', () => {
  it('files titles by first letter, ignoring quotes and accents, digits under #', () => {
    expect(azLetter('“Pins and needles”')).toBe('P');
    expect(azLetter('Énergie')).toBe('E');
    expect(azLetter('10 tips')).toBe('#');
  });

  it('groups and sorts every entry, # last', () => {
    const groups = azIndex([
      { title: 'tingling', href: '/t/', section: 'Symptom' },
      { title: '3 stretches', href: '/3/', section: '' },
      { title: 'Bed rest', href: '/b/', section: 'Question' },
      { title: 'Back pain', href: '/bp/', section: 'Symptom' },
    ]);
    expect(groups.map((g) => g.letter)).toEqual(['B', 'T', '#']);
    expect(groups[0]!.entries.map((e) => e.title)).toEqual(['Back pain', 'Bed rest']);
  });
});

describe('typing a page title', () => {
  it('recognises a title typed with its little words, the last word half typed', () => {
    expect(titleHasEvery('What is sciatica?', 'what is sciatica')).toBe(true);
    expect(titleHasEvery('What is sciatica?', 'what is sciat')).toBe(true);
    expect(titleHasEvery('Numbness in the leg or foot', 'is my sciatica an emergency')).toBe(false);
    expect(titleHasEvery('What is sciatica?', '')).toBe(false);
  });
});

describe('what is searched while typing', () => {
  it('waits for a second letter, and leaves off a last word that is not a topic yet', () => {
    expect(searchableQuery('s')).toBe('');
    expect(searchableQuery(' sl ')).toBe('sl');
    expect(searchableQuery('slipped d')).toBe('slipped');
    expect(searchableQuery('slipped di')).toBe('slipped'); // could still become "did"
    expect(searchableQuery('slipped dis')).toBe('slipped dis');
    expect(searchableQuery('sleeping on yo')).toBe('sleeping');
    expect(searchableQuery('go to the ER')).toBe('go to the ER');
    expect(searchableQuery('should I use heat')).toBe('should I use heat');
  });

  it('does not search little words alone', () => {
    expect(searchableQuery('what is')).toBe('');
    expect(searchableQuery('what is it')).toBe('');
    expect(searchableQuery('what is sciatica')).toBe('what is sciatica');
  });

  it('knows a question by its first word', () => {
    expect(isQuestion('What is sciatica')).toBe(true);
    expect(isQuestion('sciatica in pregnancy')).toBe(false);
  });
});
