/**
 * Structured data (schema.org as JSON-LD) that search engines read. Pure builders: the
 * layout hands them plain data and absolute URLs; one <script type="application/ld+json">
 * per page carries the page's graph (components/seo/SeoHead.astro).
 *
 * Kept compact on purpose: every article carries this, and an article's HTML + CSS must
 * fit one round trip (14 KB gzipped, tests/build/quality-budgets.test.ts).
 */

import { WEEKDAY_LABELS } from './labels';

export type JsonLdNode = { '@type': string | string[] } & Record<string, unknown>;

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

export interface PersonInput {
  name: string;
  credentials?: string | undefined;
}

export interface SourceInput {
  title: string;
  url: string;
  year: number;
}

/** What an article is about, by section: the schema.org type search engines expect for each. */
export const ABOUT_TYPES: Record<string, string> = {
  causes: 'MedicalCondition',
  symptoms: 'MedicalSignOrSymptom',
  massageTypes: 'MedicalTherapy',
  redFlags: 'MedicalSignOrSymptom',
};

const SCHEMA = 'https://schema.org';

/** Home → section → page, as schema.org wants it: positions from 1, each with an absolute URL. */
export function breadcrumbList(crumbs: Crumb[]): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  };
}

function person({ name, credentials }: PersonInput): JsonLdNode {
  return credentials ? { '@type': 'Person', name, honorificSuffix: credentials } : { '@type': 'Person', name };
}

export interface ArticleInput {
  collection: string;
  url: string;
  title: string;
  description: string;
  aliases: string[];
  /** YYYY-MM-DD */
  lastReviewed: string;
  author: PersonInput;
  reviewer: PersonInput;
  sources: SourceInput[];
  image?: string | undefined;
  lang: string;
  publisher: { name: string; url: string };
}

/**
 * The thing an article is about. Causes are conditions in their own right; symptoms,
 * red flags and massage types are signs and therapies; FAQs and guides are about
 * sciatica as a whole.
 */
export function aboutNode(input: Pick<ArticleInput, 'collection' | 'title' | 'aliases' | 'description' | 'url'>): JsonLdNode {
  const type = ABOUT_TYPES[input.collection];
  if (!type) return { '@type': 'MedicalCondition', name: 'Sciatica', alternateName: 'Lumbar radiculopathy' };
  const node: JsonLdNode = { '@type': type, name: input.title, description: input.description, url: input.url };
  if (input.aliases.length) node.alternateName = input.aliases;
  return node;
}

/** A health article: MedicalWebPage with who reviewed it and when, what it is about, and its sources. */
export function medicalWebPage(input: ArticleInput): JsonLdNode {
  const node: JsonLdNode = {
    '@type': 'MedicalWebPage',
    '@id': input.url,
    url: input.url,
    name: input.title,
    description: input.description,
    inLanguage: input.lang,
    lastReviewed: input.lastReviewed,
    dateModified: input.lastReviewed,
    reviewedBy: person(input.reviewer),
    author: person(input.author),
    audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    about: aboutNode(input),
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    citation: input.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url, datePublished: String(s.year) })),
  };
  if (input.image) node.image = input.image;
  return node;
}

export interface FaqItem {
  question: string;
  /** The answer as plain text. */
  answer: string;
}

/** The FAQ page: every question with its short answer. */
export function faqPage(url: string, name: string, items: FaqItem[]): JsonLdNode {
  return {
    '@type': 'FAQPage',
    '@id': url,
    url,
    name,
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
}

export interface Slot {
  opens: string;
  closes: string;
}

const WEEKDAY_NAMES: Record<string, string> = WEEKDAY_LABELS;

/**
 * Opening hours as schema.org OpeningHoursSpecification, one entry per distinct time
 * slot listing every day that has it (Mon–Thu 09:00–17:00 is one entry, not four).
 * Days with no slots are closed and left out, as schema.org intends.
 */
export function openingHours(hours: Record<string, Slot[]>): JsonLdNode[] {
  const bySlot = new Map<string, { slot: Slot; days: string[] }>();
  for (const [day, slots] of Object.entries(hours)) {
    const name = WEEKDAY_NAMES[day];
    if (!name) continue;
    for (const slot of slots) {
      const key = `${slot.opens}-${slot.closes}`;
      const entry = bySlot.get(key) ?? { slot, days: [] };
      entry.days.push(`${SCHEMA}/${name}`);
      bySlot.set(key, entry);
    }
  }
  return [...bySlot.values()].map(({ slot, days }) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: days,
    opens: slot.opens,
    closes: slot.closes,
  }));
}

export interface LocationInput {
  id: string;
  name: string;
  phone: string;
  address: { street: string; city: string; region: string; postalCode: string; country: string };
  hours: Record<string, Slot[]>;
}

export interface PracticeInput {
  name: string;
  description: string;
  email: string;
  phone: string;
  /** Absolute URL of the practice page. */
  url: string;
  /** Absolute URL of the home page. */
  homeUrl: string;
  image?: string | undefined;
  /** Absolute URL of the practice's logo (site.yaml `logo`). */
  logo?: string | undefined;
}

/**
 * The practice as a local business, each location a branch with its address and
 * opening hours. Massage for a health condition sits between a medical business and a
 * health-and-beauty one; schema.org allows both types on one node.
 */
export function localBusiness(practice: PracticeInput, locations: LocationInput[]): JsonLdNode {
  const business = (extra: Record<string, unknown>): JsonLdNode => ({ '@type': ['MedicalBusiness', 'HealthAndBeautyBusiness'], ...extra });
  const node = business({
    '@id': `${practice.url}#practice`,
    name: practice.name,
    description: practice.description,
    url: practice.homeUrl,
    email: practice.email,
    telephone: practice.phone,
    department: locations.map((loc) =>
      business({
        '@id': `${practice.url}#loc-${loc.id}`,
        name: loc.name,
        url: `${practice.url}#loc-${loc.id}`,
        telephone: loc.phone,
        address: {
          '@type': 'PostalAddress',
          streetAddress: loc.address.street,
          addressLocality: loc.address.city,
          addressRegion: loc.address.region,
          postalCode: loc.address.postalCode,
          addressCountry: loc.address.country,
        },
        openingHoursSpecification: openingHours(loc.hours),
      }),
    ),
  });
  if (practice.image) node.image = practice.image;
  if (practice.logo) node.logo = practice.logo;
  return node;
}

/** The site itself, with the search box search engines can offer (/search/?q=…). */
export function webSite(name: string, homeUrl: string, searchUrl: string, lang: string): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': `${homeUrl}#website`,
    name,
    url: homeUrl,
    inLanguage: lang,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * One JSON-LD document for the page. Escapes "<", ">" and "&" so text from content can
 * never close the <script> element it sits in, and the line separators JSON allows but
 * old JavaScript parsers do not.
 */
export function serializeJsonLd(nodes: JsonLdNode[]): string {
  const doc = nodes.length === 1 ? { '@context': SCHEMA, ...nodes[0] } : { '@context': SCHEMA, '@graph': nodes };
  return JSON.stringify(doc).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Markdown as plain text, for FAQ answers in structured data: citations become their
 * labels' absence (the sources are on the page), links keep their words, emphasis and
 * code marks go.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/\s*\[(@[a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`]*?\S)\1/g, '$2')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
