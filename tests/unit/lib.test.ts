import { describe, expect, it } from 'vitest';
import { citationLabel, citedKeys, splitCitations } from '../../src/lib/citations';
import { withBase, isRootRelative, telHref } from '../../src/lib/urls';
import { formatDate, formatTime, monthsBetween, reviewStatus } from '../../src/lib/dates';
import { articlePath, sectionByPath } from '../../src/collections';
import { gradeOf, countSyllables } from '../../src/editorial/readability';

describe('citations', () => {
  it('splits text around citation groups', () => {
    expect(splitCitations('Most get better [@nhs-sciatica; @koes2007]. Then more.')).toEqual([
      { kind: 'text', text: 'Most get better ' },
      { kind: 'citation', keys: ['nhs-sciatica', 'koes2007'] },
      { kind: 'text', text: '. Then more.' },
    ]);
  });
  it('lists cited keys once, in order', () => {
    expect(citedKeys('a [@b] c [@d; @b] e [not a citation] [@e]')).toEqual(['b', 'd', 'e']);
  });
  it('labels sources by first author and year', () => {
    expect(citationLabel({ authors: ['Furlan AD', 'Giraldo M', 'Baskwill A'], year: 2015 })).toBe('Furlan and others 2015');
    expect(citationLabel({ authors: ['Ropper AH', 'Zafonte RD'], year: 2015 })).toBe('Ropper and Zafonte 2015');
    expect(citationLabel({ authors: ['NICE'], year: 2016 })).toBe('NICE 2016');
    expect(citationLabel({ authors: ['NHS'], year: 2023, title: 'Sciatica', kind: 'patient-information' })).toBe('NHS: Sciatica');
    expect(citationLabel({ authors: ['Hall H', 'et al.'], year: 2016 })).toBe('Hall and others 2016');
  });
});

describe('urls', () => {
  it('adds the base path once', () => {
    expect(withBase('/', '/causes/x/')).toBe('/causes/x/');
    expect(withBase('/sub', 'causes/x/')).toBe('/sub/causes/x/');
    expect(withBase('/sub/', '/')).toBe('/sub/');
    expect(isRootRelative('/a/')).toBe(true);
    expect(isRootRelative('//cdn.example.com/a')).toBe(false);
    expect(isRootRelative('#x')).toBe(false);
  });
  it('dials only the digits and a leading plus', () => {
    expect(telHref('(555) 010-4477')).toBe('tel:5550104477');
    expect(telHref('+44 20 7946 0958')).toBe('tel:+442079460958');
    expect(telHref('911')).toBe('tel:911');
  });
  it('maps collections to their sections', () => {
    expect(articlePath('massageTypes', 'swedish')).toBe('massage-types/swedish/');
    expect(articlePath('faqs', 'bed-rest')).toBe('faq/bed-rest/');
    expect(sectionByPath('red-flags')?.collection).toBe('redFlags');
  });
});

describe('dates and review status', () => {
  it('formats for US readers', () => {
    expect(formatDate(new Date('2026-11-02T00:00:00Z'))).toBe('November 2, 2026');
  });
  it('writes opening times the US way', () => {
    expect(formatTime('09:00')).toBe('9:00 AM');
    expect(formatTime('12:30')).toBe('12:30 PM');
    expect(formatTime('00:15')).toBe('12:15 AM');
    expect(formatTime('17:00')).toBe('5:00 PM');
  });
  it('counts whole months', () => {
    expect(monthsBetween(new Date('2025-11-23'), new Date('2026-11-22'))).toBe(11);
    expect(monthsBetween(new Date('2025-11-23'), new Date('2026-11-23'))).toBe(12);
  });
  it('is overdue after 12 months and expired after 18', () => {
    const today = new Date('2026-11-23');
    expect(reviewStatus(new Date('2026-01-10'), today)).toBe('current');
    expect(reviewStatus(new Date('2025-10-01'), today)).toBe('overdue');
    expect(reviewStatus(new Date('2025-04-01'), today)).toBe('expired');
  });
});

describe('reading level', () => {
  it('counts syllables roughly right', () => {
    expect(countSyllables('massage')).toBe(2);
    expect(countSyllables('pillow')).toBe(2);
    expect(countSyllables('leg')).toBe(1);
  });
  it('rates plain text low and dense text high', () => {
    expect(gradeOf('Rest a little. Then walk. Keep moving each day. It helps.')).toBeLessThan(4);
    expect(
      gradeOf(
        'Radiculopathy characteristically manifests as dermatomal paraesthesia accompanied by neurological deficits attributable to compressive pathology of lumbosacral nerve roots.',
      ),
    ).toBeGreaterThan(14);
  });
  it('ignores citations, link targets and frontmatter', () => {
    const body = '---\ntitle: A very long frontmatter title that should not count\n---\nWalk each day [@nhs-sciatica]. See [the guide](/guides/self-care/).';
    expect(gradeOf(body)).toBeLessThan(6);
  });
});
