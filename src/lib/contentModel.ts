/**
 * The content folders as an editor sees them: which folder holds which collection, what a
 * file there must be (Markdown page, one YAML entry, a YAML list), and the zod schema that
 * checks it. The same schemas as src/content.config.ts, with a stand-in for Astro's
 * reference() so they run outside Astro (the pre-flight check, `npm run check`, tests).
 */
import { z } from 'astro/zod';
import {
  causeSchema,
  faqSchema,
  guideSchema,
  massageTypeSchema,
  redFlagSchema,
  symptomSchema,
} from '../schemas/articles';
import { locationSchema, personSchema, practiceSchema, sourceSchema } from '../schemas/data';
import type { ArticleCollection, ReferenceFn } from '../schemas/shared';

/** A cross-reference as the stand-in reference() leaves it: checked against the files later. */
export class Ref {
  readonly collection: string;
  readonly id: string;
  // Plain fields, not parameter properties: Node's type stripping runs this file as is.
  constructor(collection: string, id: string) {
    this.collection = collection;
    this.id = id;
  }
}

export type Kind = 'article' | 'entries' | 'list' | 'single';

export interface CollectionSpec {
  collection: string;
  /** Folder under content/. */
  folder: string;
  kind: Kind;
  /** What one entry is called in messages: "cause page", "source". */
  noun: string;
  schema: z.ZodType;
  /** For list and single kinds: the one file they live in. */
  file?: string;
}

/** Content folder of each article collection (the URL path can differ: faqs → /faq/). */
export const ARTICLE_FOLDERS: Record<ArticleCollection, string> = {
  causes: 'causes',
  symptoms: 'symptoms',
  massageTypes: 'massage-types',
  redFlags: 'red-flags',
  faqs: 'faqs',
  guides: 'guides',
};

/** What one entry of each collection is called in messages and scaffolds. */
export const NOUNS: Record<string, string> = {
  causes: 'cause page',
  symptoms: 'symptom page',
  massageTypes: 'massage-type page',
  redFlags: 'red-flag page',
  faqs: 'FAQ answer',
  guides: 'guide',
  sources: 'source',
  people: 'person',
  locations: 'location',
  practice: 'practice settings',
};

/** What a reference field expects, in the words an editor needs. */
export function referenceTarget(collection: string): string {
  if (collection === 'people') return 'the file name of a person in content/people/ (without .yaml), e.g. jordan-avery';
  if (collection === 'sources') return 'a source key: the file name of an entry in content/sources/ (without .yaml)';
  const folder = ARTICLE_FOLDERS[collection as ArticleCollection] ?? collection;
  return `the slug of a page in content/${folder}/ (its file name without .md)`;
}

const reference: ReferenceFn = (collection) =>
  z
    .string({ error: `expected ${referenceTarget(collection)}` })
    .min(1, { error: `is empty; expected ${referenceTarget(collection)}` })
    .transform((id) => new Ref(collection, id)) as unknown as ReturnType<ReferenceFn>;

export const COLLECTIONS: CollectionSpec[] = [
  { collection: 'causes', folder: 'causes', kind: 'article', noun: NOUNS.causes!, schema: causeSchema(reference) },
  { collection: 'symptoms', folder: 'symptoms', kind: 'article', noun: NOUNS.symptoms!, schema: symptomSchema(reference) },
  {
    collection: 'massageTypes',
    folder: 'massage-types',
    kind: 'article',
    noun: NOUNS.massageTypes!,
    schema: massageTypeSchema(reference),
  },
  { collection: 'redFlags', folder: 'red-flags', kind: 'article', noun: NOUNS.redFlags!, schema: redFlagSchema(reference) },
  { collection: 'faqs', folder: 'faqs', kind: 'article', noun: NOUNS.faqs!, schema: faqSchema(reference) },
  { collection: 'guides', folder: 'guides', kind: 'article', noun: NOUNS.guides!, schema: guideSchema(reference) },
  { collection: 'sources', folder: 'sources', kind: 'entries', noun: NOUNS.sources!, schema: sourceSchema },
  { collection: 'people', folder: 'people', kind: 'entries', noun: NOUNS.people!, schema: personSchema },
  {
    collection: 'locations',
    folder: 'practice',
    kind: 'list',
    noun: NOUNS.locations!,
    schema: locationSchema,
    file: 'content/practice/locations.yaml',
  },
  {
    collection: 'practice',
    folder: 'practice',
    kind: 'single',
    noun: NOUNS.practice!,
    schema: practiceSchema,
    file: 'content/practice/site.yaml',
  },
];

export const specOf = (collection: string) => COLLECTIONS.find((c) => c.collection === collection);

/** The fields a schema knows at the top level, and for nested groups, below it. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const inner = unwrap(schema);
  const def = (inner as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType> } } })._zod.def;
  return def.type === 'object' ? def.shape : undefined;
}

/** Looks through optional/default/pipe wrappers to the schema that holds the shape. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema as unknown as { _zod: { def: Record<string, unknown> } };
  for (let i = 0; i < 10; i++) {
    const def = current._zod.def;
    const next = (def.innerType ?? (def.type === 'pipe' ? (isObjectLike(def.in) ? def.in : def.out) : undefined)) as
      | typeof current
      | undefined;
    if (!next) break;
    current = next;
  }
  return current as unknown as z.ZodType;
}

function isObjectLike(schema: unknown): boolean {
  const def = (schema as { _zod?: { def?: { type?: string } } })?._zod?.def;
  return def?.type === 'object' || def?.type === 'array';
}

/** The element schema of a list field, if the field is a list. */
export function elementOf(schema: z.ZodType): z.ZodType | undefined {
  const def = (unwrap(schema) as unknown as { _zod: { def: { type: string; element?: z.ZodType } } })._zod.def;
  return def.type === 'array' ? def.element : undefined;
}
