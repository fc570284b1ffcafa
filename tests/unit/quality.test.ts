import { describe, expect, it } from 'vitest';
import {
  aboutNode,
  breadcrumbList,
  faqPage,
  localBusiness,
  markdownToText,
  medicalWebPage,
  openingHours,
  serializeJsonLd,
} from '../../src/lib/jsonLd';
import { markdownToHtml } from 'satteri';
import { accessibleMarkupPlugin } from '../../src/markdown/a11y';
import { externalLinksPlugin, isExternalHref } from '../../src/markdown/links';
import { parseCsp, parseHeadersFile } from '../helpers/headersFile';

const article = {
  collection: 'causes',
  url: 'https://x.test/causes/herniated-disc/',
  title: 'Herniated disc',
  description: 'How a disc causes sciatica.',
  aliases: ['slipped disc'],
  lastReviewed: '2026-11-23',
  author: { name: 'Jordan Avery' },
  reviewer: { name: 'Priya Raman', credentials: 'MD' },
  sources: [{ title: 'Massage for low-back pain', url: 'https://doi.org/x', authors: ['Furlan AD'], year: 2015, publisher: 'Cochrane' }],
  lang: 'en-US',
  publisher: { name: 'Demo practice', url: 'https://x.test/' },
};

describe('JSON-LD builders', () => {
  it('numbers breadcrumbs from 1 with absolute URLs', () => {
    expect(breadcrumbList([{ name: 'Home', url: 'https://x.test/' }, { name: 'Causes', url: 'https://x.test/causes/' }])).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.test/' },
        { '@type': 'ListItem', position: 2, name: 'Causes', item: 'https://x.test/causes/' },
      ],
    });
  });

  it('describes an article as a MedicalWebPage with review date, reviewer and subject', () => {
    const node = medicalWebPage(article);
    expect(node).toMatchObject({
      '@type': 'MedicalWebPage',
      lastReviewed: '2026-11-23',
      reviewedBy: { '@type': 'Person', name: 'Priya Raman', honorificSuffix: 'MD' },
      about: { '@type': 'MedicalCondition', name: 'Herniated disc', alternateName: ['slipped disc'] },
      citation: [{ '@type': 'CreativeWork', name: 'Massage for low-back pain', datePublished: '2015' }],
    });
  });

  it('picks the subject type by section, and sciatica for guides and FAQs', () => {
    expect(aboutNode({ ...article, collection: 'symptoms' })['@type']).toBe('MedicalSignOrSymptom');
    expect(aboutNode({ ...article, collection: 'massageTypes' })['@type']).toBe('MedicalTherapy');
    expect(aboutNode({ ...article, collection: 'guides' })).toMatchObject({ '@type': 'MedicalCondition', name: 'Sciatica' });
  });

  it('groups opening hours by time slot and leaves closed days out', () => {
    const specs = openingHours({
      monday: [{ opens: '09:00', closes: '17:00' }],
      tuesday: [{ opens: '09:00', closes: '17:00' }],
      wednesday: [{ opens: '09:00', closes: '12:00' }, { opens: '13:00', closes: '18:00' }],
      sunday: [],
    });
    expect(specs).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday'], opens: '09:00', closes: '17:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Wednesday'], opens: '09:00', closes: '12:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Wednesday'], opens: '13:00', closes: '18:00' },
    ]);
  });

  it('makes each location a branch of the business with its address', () => {
    const node = localBusiness(
      { name: 'P', description: 'd', email: 'a@b.c', phone: '1', url: 'https://x.test/practice/', homeUrl: 'https://x.test/' },
      [{ id: 'a', name: 'A', phone: '2', address: { street: 's', city: 'c', region: 'r', postalCode: '1', country: 'US' }, hours: { friday: [{ opens: '09:00', closes: '15:00' }] } }],
    );
    expect(node['@type']).toEqual(['MedicalBusiness', 'HealthAndBeautyBusiness']);
    expect(node.department).toMatchObject([{ name: 'A', address: { addressCountry: 'US' }, openingHoursSpecification: [{ opens: '09:00' }] }]);
  });

  it('builds a FAQPage of questions and answers', () => {
    expect(faqPage('https://x.test/faq/', 'FAQ', [{ question: 'Q?', answer: 'A.' }]).mainEntity).toEqual([
      { '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } },
    ]);
  });

  it('serialises so that content can never close the script element', () => {
    const text = serializeJsonLd([{ '@type': 'Thing', name: '</script><script>alert(1)</script> & more' }]);
    expect(text).not.toContain('</script>');
    expect(text).not.toContain('&');
    expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@type': 'Thing', name: '</script><script>alert(1)</script> & more' });
    expect(JSON.parse(serializeJsonLd([{ '@type': 'A' }, { '@type': 'B' }]))['@graph']).toHaveLength(2);
  });

  it('turns a Markdown answer into plain text', () => {
    expect(markdownToText('No. **Resting** does not help [@hagen2005; @nhs]. Read [self-care](/guides/self-care/).\n\n- Move _often_.')).toBe(
      'No. Resting does not help. Read self-care. Move often.',
    );
  });
});

describe('_headers and CSP parsing', () => {
  it('reads path blocks and headers, skipping comments', () => {
    const rules = parseHeadersFile('# c\n/*\n  X-A: 1\n  Content-Security-Policy: default-src \'self\'; img-src \'self\' data:\n/_astro/*\n  Cache-Control: immutable\n');
    expect(rules).toEqual([
      { path: '/*', headers: { 'X-A': '1', 'Content-Security-Policy': "default-src 'self'; img-src 'self' data:" } },
      { path: '/_astro/*', headers: { 'Cache-Control': 'immutable' } },
    ]);
    expect(parseCsp(rules[0]!.headers['Content-Security-Policy']!).get('img-src')).toEqual(["'self'", 'data:']);
    expect(() => parseHeadersFile('  X-A: 1')).toThrow(/not under a path/);
  });
});

describe('external links', () => {
  it('tells links that leave the site from internal ones', () => {
    expect(isExternalHref('https://www.nhs.uk/')).toBe(true);
    expect(isExternalHref('//cdn.example.com/x')).toBe(true);
    expect(isExternalHref('/causes/x/')).toBe(false);
    expect(isExternalHref('#sources')).toBe(false);
    expect(isExternalHref('mailto:a@b.c')).toBe(false);
  });
});

describe('Markdown HTML plugins', () => {
  const html = async (md: string) => {
    const result = await markdownToHtml(md, { hastPlugins: [externalLinksPlugin(), accessibleMarkupPlugin()] });
    return typeof result === 'string' ? result : (result as { html?: string; value?: string }).html ?? String((result as { value?: string }).value ?? result);
  };

  it('gives links to other sites rel="noopener noreferrer" and leaves site links alone', async () => {
    const out = await html('See [the NHS](https://www.nhs.uk/conditions/sciatica/) and [causes](/causes/).');
    expect(out).toMatch(/<a href="https:\/\/www\.nhs\.uk\/conditions\/sciatica\/" rel="noopener noreferrer">/);
    expect(out).toContain('<a href="/causes/">');
  });

  it('names task-list checkboxes by their item, turns an empty header cell into a plain cell and scopes headers', async () => {
    const out = await html('- [ ] Ask about cover\n- [x] Bring a referral\n\n|  | Massage |\n| --- | --- |\n| Cost | Varies |\n');
    expect(out).toMatch(/<input[^>]*type="checkbox"[^>]*aria-label="Ask about cover"/);
    expect(out).toMatch(/aria-label="Bring a referral"/);
    expect(out).toMatch(/<thead>\s*<tr>\s*<td><\/td>\s*<th scope="col">Massage<\/th>/);
  });
});
