/**
 * The registry of content collections: one row per collection says where its files live,
 * which schema checks them, and how the site and its editors name it. Everything else takes
 * what it needs from here: src/content.config.ts (loaders and schemas), the pre-flight check
 * (src/editorial/), the scaffold (`npm run new`), the section routes and their labels, the
 * related-links groups and the tests. Adding a collection means adding a row here.
 */
import {
  causeSchema,
  faqSchema,
  guideSchema,
  massageTypeSchema,
  redFlagSchema,
  symptomSchema,
} from './schemas/articles';
import { locationSchema, personSchema, practiceSchema, sourceSchema } from './schemas/data';
import type { ZodType } from 'astro/zod';
import type { ReferenceFn } from './schemas/shared';

export const ARTICLES = {
  causes: {
    folder: 'causes',
    path: 'causes',
    label: 'Causes',
    singular: 'Cause',
    noun: 'cause page',
    intro: 'What can press on or irritate the sciatic nerve, and where massage fits for each.',
    /** What `npm run new` also accepts for this collection. */
    aliases: ['cause'],
    /** The section of CONTRIBUTING.md that explains its fields. */
    contributing: 'Causes',
    /** The field other pages list these in, and the heading of that list on a page. */
    related: { field: 'relatedCauses', label: 'Related causes' },
    schema: causeSchema,
  },
  symptoms: {
    folder: 'symptoms',
    path: 'symptoms',
    label: 'Symptoms',
    singular: 'Symptom',
    noun: 'symptom page',
    intro: 'How sciatica can feel, in everyday words, and which signs need a doctor.',
    aliases: ['symptom'],
    contributing: 'Symptoms',
    related: { field: 'relatedSymptoms', label: 'Related symptoms' },
    schema: symptomSchema,
  },
  massageTypes: {
    folder: 'massage-types',
    path: 'massage-types',
    label: 'Massage types',
    singular: 'Massage type',
    noun: 'massage-type page',
    intro: 'What each kind of massage feels like, when it may help, and when to skip it.',
    aliases: ['massage-type', 'massagetype', 'massagetypes'],
    contributing: 'Massage types',
    related: { field: 'relatedMassageTypes', label: 'Massage types to read about' },
    schema: massageTypeSchema,
  },
  redFlags: {
    folder: 'red-flags',
    path: 'red-flags',
    label: 'Red flags',
    singular: 'Red flag',
    noun: 'red-flag page',
    intro: 'Signs that need a doctor or an emergency department before any massage.',
    aliases: ['red-flag', 'redflag', 'redflags'],
    contributing: 'Red flags',
    related: { field: 'relatedRedFlags', label: 'Warning signs to know' },
    schema: redFlagSchema,
  },
  faqs: {
    folder: 'faqs',
    path: 'faq',
    label: 'FAQ',
    singular: 'Question',
    noun: 'FAQ answer',
    intro: 'Short answers to the questions people ask most, each with a link to more.',
    aliases: ['faq'],
    contributing: 'FAQ answers',
    related: undefined,
    schema: faqSchema,
  },
  guides: {
    folder: 'guides',
    path: 'guides',
    label: 'Guides',
    singular: 'Guide',
    noun: 'guide',
    intro: 'Longer reads: the evidence, your first session, positions, self-care and costs.',
    aliases: ['guide'],
    contributing: 'Guides',
    related: { field: 'relatedGuides', label: 'Related guides' },
    schema: guideSchema,
  },
} as const;

/** The data collections: YAML only, nothing rendered from Markdown. */
export const DATA = {
  sources: { kind: 'entries', folder: 'sources', noun: 'source', file: undefined, schema: (_: ReferenceFn) => sourceSchema },
  people: { kind: 'entries', folder: 'people', noun: 'person', file: undefined, schema: (_: ReferenceFn) => personSchema },
  locations: {
    kind: 'list',
    folder: 'practice',
    noun: 'location',
    file: 'content/practice/locations.yaml',
    schema: (_: ReferenceFn) => locationSchema,
  },
  /** content/practice/site.yaml holds the one settings entry (id "site"). */
  practice: {
    kind: 'single',
    folder: 'practice',
    noun: 'practice settings',
    file: 'content/practice/site.yaml',
    schema: (_: ReferenceFn) => practiceSchema,
  },
} as const;

export type ArticleCollection = keyof typeof ARTICLES;
export type DataCollection = keyof typeof DATA;
export type CollectionName = ArticleCollection | DataCollection;

/** The article collections, in the order the site presents them. */
export const ARTICLE_COLLECTIONS = Object.keys(ARTICLES) as ArticleCollection[];

/** One row of the registry, whatever its kind, for code that walks every collection. */
export interface CollectionSpec {
  /** A collection, or a language's folder of one ("es:causes", src/editorial/translations.ts). */
  collection: CollectionName | `${string}:${ArticleCollection}`;
  kind: 'article' | 'entries' | 'list' | 'single';
  /** Folder under content/. */
  folder: string;
  /** What one entry is called in messages: "cause page", "source". */
  noun: string;
  /** Articles: the URL segment of their section (faqs → faq). */
  path?: string;
  /** For list and single kinds: the one file they live in. */
  file?: string | undefined;
  schema: (reference: ReferenceFn) => ZodType;
}

export const COLLECTION_SPECS: readonly CollectionSpec[] = [
  ...ARTICLE_COLLECTIONS.map((collection) => ({ collection, kind: 'article' as const, ...ARTICLES[collection] })),
  ...(Object.keys(DATA) as DataCollection[]).map((collection) => ({ collection, ...DATA[collection] })),
];

export const specOf = (collection: string) => COLLECTION_SPECS.find((c) => c.collection === collection);

/** An article section as pages and navigation show it. */
export type Section = Omit<(typeof ARTICLES)[ArticleCollection], 'label' | 'singular' | 'intro'> & { collection: ArticleCollection; label: string; singular: string; intro: string };

export const SECTIONS: readonly Section[] = ARTICLE_COLLECTIONS.map((collection) => ({ collection, ...ARTICLES[collection] }));

export const sectionOf = (collection: ArticleCollection): Section => SECTIONS.find((s) => s.collection === collection)!;

export const sectionByPath = (path: string): Section | undefined => SECTIONS.find((s) => s.path === path);

/** Site path of an article, without the base: "causes/herniated-disc/". */
export const articlePath = (collection: ArticleCollection, id: string) => `${ARTICLES[collection].path}/${id}/`;

/** The related-page fields of articles, with the collection each points into and the heading of its list. */
export const RELATED_FIELDS = ARTICLE_COLLECTIONS.flatMap((collection) => {
  const related = ARTICLES[collection].related;
  return related ? [{ collection, ...related }] : [];
});
