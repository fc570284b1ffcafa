// What search engines and link previews read: JSON-LD that parses and has the right
// schema.org types per page type, Open Graph/Twitter meta with a share image per article,
// the guides feed, and canonical URLs, sitemap and feed that honour SITE_URL and the base path.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtPages } from '../helpers/dist';
import { distDir, root, TEST_BOOKING_ENDPOINT, VARIANT, variantDistDir } from '../helpers/paths';
import { jsonLdBlocks, meta, page$, type CheerioAPI } from '../helpers/html';
import { articlesIn, FOLDERS } from '../helpers/contentFiles';
import { SECTIONS } from '../../src/collections';

type Node = Record<string, any>;
const pages = builtPages();
const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
const site = new URL(/Sitemap: (\S+)/.exec(robots)![1]!).origin;
const isArticle = (page: string) => SECTIONS.some((s) => new RegExp(`^/${s.path}/[^/]+/$`).test(page));
const sectionOfPage = (page: string) => SECTIONS.find((s) => page.startsWith(`/${s.path}/`))!;
const types = (node: Node) => [node['@type']].flat() as string[];
const canonicalOf = ($: CheerioAPI) => $('link[rel="canonical"]').attr('href');

/** The page's one JSON-LD document as a list of nodes. */
function graphOf($: CheerioAPI): Node[] {
  const blocks = jsonLdBlocks($) as Node[];
  expect(blocks, 'one JSON-LD script per page').toHaveLength(1);
  const doc = blocks[0]!;
  expect(doc['@context']).toBe('https://schema.org');
  return doc['@graph'] ?? [doc];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('JSON-LD on every page', () => {
  it.each(pages)('%s has one parseable graph with a BreadcrumbList', (page) => {
    const graph = graphOf(page$(page));
    const crumbs = graph.find((n) => types(n).includes('BreadcrumbList'));
    expect(crumbs, 'BreadcrumbList').toBeDefined();
    const items = crumbs!.itemListElement as Node[];
    expect(items.length).toBeGreaterThanOrEqual(1);
    items.forEach((item, i) => {
      expect(item['@type']).toBe('ListItem');
      expect(item.position).toBe(i + 1);
      expect(item.name).toBeTruthy();
      expect(item.item).toMatch(new RegExp(`^${site}/`));
    });
    // The trail starts at the home page in the page's language: / or /es/.
    expect(items[0]!.item).toBe(page.startsWith('/es/') ? `${site}/es/` : `${site}/`);
    const canonical = canonicalOf(page$(page));
    if (canonical) expect(items.at(-1)!.item, 'the trail ends at this page').toBe(canonical);
  });

  const articles = pages.filter(isArticle);
  it.each(articles)('%s is a MedicalWebPage with review, reviewer, subject and sources', (page) => {
    const $ = page$(page);
    const graph = graphOf($);
    const node = graph.find((n) => types(n).includes('MedicalWebPage'));
    expect(node, 'MedicalWebPage').toBeDefined();
    const reviewed = $('time[datetime]').first().attr('datetime');
    expect(node!.lastReviewed, 'lastReviewed matches the review line').toBe(reviewed);
    expect(node!.reviewedBy).toMatchObject({ '@type': 'Person', name: expect.any(String) });
    expect($('body').text()).toContain(node!.reviewedBy.name);
    expect(node!.url).toBe(`${site}${page}`);
    expect(node!.about?.['@type']).toBeTruthy();
    const collection = sectionOfPage(page).collection;
    if (collection === 'causes') expect(node!.about).toMatchObject({ '@type': 'MedicalCondition', name: expect.any(String) });
    expect((node!.citation as Node[]).length, 'cites its sources').toBeGreaterThan(0);
  });

  it('the FAQ page is a FAQPage with every question and its answer', () => {
    const faq = graphOf(page$('/faq/')).find((n) => types(n).includes('FAQPage'));
    expect(faq).toBeDefined();
    const questions = faq!.mainEntity as Node[];
    const files = articlesIn(FOLDERS.faqs).filter((f) => f.data.draft !== true);
    expect(questions).toHaveLength(files.length);
    for (const file of files) {
      const q = questions.find((x) => x.name === file.data.question);
      expect(q, String(file.data.question)).toBeDefined();
      expect(q!['@type']).toBe('Question');
      expect(q!.acceptedAnswer['@type']).toBe('Answer');
      expect(q!.acceptedAnswer.text.length).toBeGreaterThan(40);
      expect(q!.acceptedAnswer.text, 'plain text, no Markdown citations').not.toMatch(/\[@|\]\(/);
    }
  });

  it('the practice page describes the practice as a local business with opening hours from locations.yaml', () => {
    const graph = graphOf(page$('/practice/'));
    const business = graph.find((n) => types(n).some((t) => t === 'MedicalBusiness' || t === 'HealthAndBeautyBusiness'));
    expect(business).toBeDefined();
    const locations = parse(readFileSync(join(root, 'content/practice/locations.yaml'), 'utf8')) as Node[];
    const branches = business!.department as Node[];
    expect(branches).toHaveLength(locations.length);
    for (const loc of locations) {
      const branch = branches.find((b) => b.name === loc.name);
      expect(branch, loc.name).toBeDefined();
      expect(branch!.address).toMatchObject({ '@type': 'PostalAddress', postalCode: String(loc.address.postalCode), addressCountry: loc.address.country });
      const specs = branch!.openingHoursSpecification as Node[];
      // Every open slot of every day appears once, on the right day, with its times.
      for (const [day, slots] of Object.entries(loc.hours as Record<string, { opens: string; closes: string }[]>)) {
        const dayUrl = `https://schema.org/${day[0]!.toUpperCase()}${day.slice(1)}`;
        const forDay = specs.filter((s) => (s.dayOfWeek as string[]).includes(dayUrl));
        expect(forDay.map((s) => `${s.opens}-${s.closes}`).sort(), `${loc.name} ${day}`).toEqual(slots.map((s) => `${s.opens}-${s.closes}`).sort());
      }
    }
  });

  it('the home page names the site and its search', () => {
    const web = graphOf(page$('/')).find((n) => types(n).includes('WebSite'));
    expect(web?.potentialAction?.target?.urlTemplate).toBe(`${site}/search/?q={search_term_string}`);
  });
});

describe('Open Graph and Twitter meta', () => {
  it.each(pages)('%s has a title, description and a share image that exists', (page) => {
    const $ = page$(page);
    for (const key of ['og:title', 'og:description', 'og:image', 'og:type', 'twitter:card', 'twitter:image', 'og:image:alt']) {
      expect(meta($, key), key).toBeTruthy();
    }
    expect(meta($, 'twitter:card')).toBe('summary_large_image');
    const image = meta($, 'og:image')!;
    expect(image.startsWith(`${site}/og/`), image).toBe(true);
    const file = join(distDir, new URL(image).pathname);
    expect(existsSync(file), `${image} is built`).toBe(true);
    expect(pngSize(file)).toEqual({ width: Number(meta($, 'og:image:width')), height: Number(meta($, 'og:image:height')) });
    const canonical = canonicalOf($);
    if (canonical) expect(meta($, 'og:url')).toBe(canonical);
    if (isArticle(page)) {
      // Each article has its own image, named after the page.
      expect(new URL(image).pathname).toBe(`/og${page.replace(/\/$/, '')}.png`);
      expect(meta($, 'og:type')).toBe('article');
    }
  });

  it('share images are 1200 × 630 and stay small', () => {
    const images = pages.filter(isArticle).map((p) => join(distDir, `og${p.replace(/\/$/, '')}.png`));
    for (const file of images) {
      expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
      expect(readFileSync(file).length, file).toBeLessThan(80 * 1024);
    }
  });
});

describe('guides feed', () => {
  const xml = readFileSync(join(distDir, 'rss.xml'), 'utf8');
  const guides = articlesIn(FOLDERS.guides).filter((f) => f.data.draft !== true);

  it('is RSS 2.0 with a self link, and every page points to it', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain(`<atom:link href="${site}/rss.xml" rel="self" type="application/rss+xml"/>`);
    expect(page$('/')('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/rss.xml');
  });

  it('lists every guide with an absolute link that is built, a date and a description', () => {
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    expect(items).toHaveLength(guides.length);
    for (const guide of guides) {
      const item = items.find((i) => i.includes(`<link>${site}/guides/${guide.id}/</link>`));
      expect(item, guide.id).toBeDefined();
      expect(item).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} 00:00:00 GMT<\/pubDate>/);
      expect(item).toMatch(/<description>[^<]{20,}<\/description>/);
      expect(pages).toContain(`/guides/${guide.id}/`);
    }
    // Well-formed enough for a feed reader: no raw ampersands or angle brackets in text.
    expect(xml.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/&/);
  });
});

describe('the booking endpoint in the CSP', () => {
  it('lets the form reach the configured endpoint and nothing else', () => {
    const csp = page$('/')('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    const origin = new URL(TEST_BOOKING_ENDPOINT).origin;
    expect(csp).toContain(`form-action 'self' ${origin};`);
    expect(csp).toContain(`connect-src 'self' ${origin};`);
  });
});

// The variant build of the global setup (the second practice): BASE_PATH /sciatica/, SITE_URL https://clinic.example.org.
describe('canonical URLs, sitemap, feed and structured data honour SITE_URL and the base path', () => {
  const out = variantDistDir;
  const { site: origin, base } = VARIANT;

  it('an article carries absolute URLs under the base path everywhere', () => {
    const $ = page$('/causes/herniated-disc/', out);
    const page = `${origin}${base}causes/herniated-disc/`;
    expect(canonicalOf($)).toBe(page);
    expect(meta($, 'og:url')).toBe(page);
    expect(meta($, 'og:image')).toBe(`${origin}${base}og/causes/herniated-disc.png`);
    expect(existsSync(join(out, 'og/causes/herniated-disc.png'))).toBe(true);
    const graph = (jsonLdBlocks($)[0] as Node)['@graph'] as Node[];
    const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList')!.itemListElement as Node[];
    expect(crumbs.map((c) => c.item)).toEqual([`${origin}${base}`, `${origin}${base}causes/`, page]);
    expect(graph.find((n) => n['@type'] === 'MedicalWebPage')!.url).toBe(page);
    expect($('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe(`${base}rss.xml`);
  });

  it('the sitemap, robots.txt and feed use the base path', () => {
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(20);
    for (const loc of locs) expect(loc.startsWith(`${origin}${base}`), loc).toBe(true);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}${base}sitemap-index.xml`);
    const feed = readFileSync(join(out, 'rss.xml'), 'utf8');
    for (const [, link] of feed.matchAll(/<link>([^<]+)<\/link>/g)) expect(link!.startsWith(`${origin}${base}`), link).toBe(true);
  });

  it('without a booking endpoint (phone-only), the CSP lets forms and scripts reach this site only', () => {
    const csp = page$('/', out)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    expect(csp).toMatch(/form-action 'self';/);
    expect(csp).toMatch(/connect-src 'self';/);
  });
});
