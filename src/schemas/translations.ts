/**
 * A page in another language (content/es/<folder>/<slug>.md) holds only the words a reader
 * sees and the version of the English page it translates. Everything structural (author,
 * reviewer, review date, sources, related pages, urgency …) comes from the English file, so
 * a translation can never cite, link or date differently from the page it renders.
 */
import { z } from 'astro/zod';
import type { ArticleCollection } from '../collections';
import { description, title } from './shared';

/** The first 12 hex digits of the SHA-256 of the English file: `npm run translate` prints it. */
export const TRANSLATION_OF = /^[0-9a-f]{12}$/;

const question = z
  .string()
  .min(8)
  .refine((q) => q.trim().endsWith('?'), { error: 'should be a question ending with "?"' });

const common = {
  /** The page title in this language. */
  title,
  /** One or two sentences for search engines and link previews; 160 characters at most. */
  description,
  /** Everyday words people search with in this language. */
  aliases: z.array(z.string().min(2)).default([]),
  /** Which version of the English page this translates: the first 12 hex digits of its SHA-256. */
  translationOf: z.string({ error: 'expected the 12-character version of the English page; run npm run translate -- <section>/<slug> to see it' }).regex(TRANSLATION_OF, {
    error: 'expected 12 lowercase hex characters, the version of the English page (npm run translate -- <section>/<slug> prints it)',
  }),
  /** true keeps the translation unpublished: the English page is offered instead. */
  draft: z.boolean({ error: 'expected true or false' }).default(false),
};

const evidenceReason = z.string({ error: 'expected one sentence saying why' }).min(10).max(220);

/** The fields a translation of each collection carries. */
export const TRANSLATION_SCHEMAS = {
  causes: z.strictObject(common),
  symptoms: z.strictObject(common),
  massageTypes: z.strictObject({
    ...common,
    /** The English feelsLike, translated. */
    feelsLike: z.string().min(10).max(240),
    /** The English avoidWhen, translated item by item, in the same order. */
    avoidWhen: z.array(z.string().min(5)).min(1, { error: 'is empty; translate every item of the English avoidWhen' }),
    /** The English evidence.reason, translated. */
    evidenceReason,
  }),
  redFlags: z.strictObject({
    ...common,
    /** The booking safety check's yes/no question, translated. */
    check: question.max(200),
    /** The English action, translated; only when the English page has one. */
    action: z.string().min(10).max(200).optional(),
  }),
  faqs: z.strictObject({
    ...common,
    /** The question as a reader would ask it. */
    question,
  }),
  guides: z.strictObject({ ...common, evidenceReason }),
} satisfies Record<ArticleCollection, z.ZodType>;

/**
 * What Astro's loader accepts for any translated page: every collection's fields, the extras
 * optional. The pre-flight (src/editorial/translations.ts) has already held each file to its
 * own collection's schema above, with located messages.
 */
export const anyTranslationSchema = z.strictObject({
  ...TRANSLATION_SCHEMAS.massageTypes.shape,
  ...TRANSLATION_SCHEMAS.redFlags.shape,
  ...TRANSLATION_SCHEMAS.faqs.shape,
  feelsLike: TRANSLATION_SCHEMAS.massageTypes.shape.feelsLike.optional(),
  avoidWhen: TRANSLATION_SCHEMAS.massageTypes.shape.avoidWhen.optional(),
  evidenceReason: evidenceReason.optional(),
  check: TRANSLATION_SCHEMAS.redFlags.shape.check.optional(),
  question: question.optional(),
});

/** content/es/sources.yaml: source key → what the site uses it for, in this language. */
export const sourceNotesSchema = z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().min(10));

/** content/es/people.yaml: person key → their bio in this language. */
export const peopleBiosSchema = z.record(z.string().regex(/^[a-z0-9-]+$/), z.strictObject({ bio: z.string().min(20).max(600) }));

/** content/es/practice.yaml: the practice settings' sentences in this language. */
export const practiceWordsSchema = z.strictObject({
  /** A short line under the name. */
  tagline: z.string().max(120),
  /** How the site says "call the emergency number", e.g. "llame al 911 (en EE. UU.) …". */
  emergencyWording: z.string().min(10),
  /** Where the practice is, e.g. "EE. UU.". */
  region: z.string().min(2),
  /** The logo's alt text, when site.yaml gives one. */
  logoAlt: z.string().optional(),
  /** Per location id: its name and access notes in this language. */
  locations: z
    .record(z.string(), z.strictObject({ name: z.string().min(3).optional(), accessibility: z.array(z.string().min(5)).default([]) }))
    .default({}),
});
