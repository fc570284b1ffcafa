/**
 * Building blocks shared by every article schema. Each field carries a JSDoc line
 * that says what an editor puts there; CONTRIBUTING.md's field tables follow them.
 */
import { z } from 'astro/zod';

/**
 * How a schema refers to another collection. In Astro this is `reference()` from
 * `astro:content`; unit tests pass a plain stand-in, which keeps schemas free of
 * Astro's virtual modules.
 */
export type ReferenceFn = (collection: string) => z.ZodType<{ collection: string; id: string }, string>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const DATE_FORMAT = 'a date written as YYYY-MM-DD, for example 2026-11-01';

/**
 * A calendar date written as YYYY-MM-DD (YAML reads it as a date; a quoted one is accepted too).
 * A day that does not exist (2026-02-30) is an error: JavaScript would quietly roll it into March.
 */
export const isoDate = z.preprocess((value, context) => {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value) return date;
  context.addIssue({ code: 'custom', input: value, message: `found "${value}", which is not a real date (check the month and day); expected ${DATE_FORMAT}` });
  return z.NEVER;
}, z.date({ error: `expected ${DATE_FORMAT}` }));

/** A date that has already happened: a review cannot be dated in the future. */
export const pastDate = isoDate.refine((date) => date.getTime() <= Date.now() + 24 * 3600 * 1000, {
  error: 'is in the future; use the day the review actually happened',
});

/** Strength of the evidence for what a page says massage can do, with the reason in one line. */
export const evidence = z.strictObject(
  {
    /** strong | moderate | limited | none (none = no good evidence yet). */
    level: z.enum(['strong', 'moderate', 'limited', 'none'], {
      error: 'expected one of: strong, moderate, limited, none',
    }),
    /** One plain sentence saying why, for example "a few small studies, none in sciatica". */
    reason: z.string({ error: 'expected one sentence saying why' }).min(10).max(220),
  },
  { error: 'expected an object with level and reason' },
);

/** A page title (articles and their translations). */
export const title = z.string({ error: 'expected the page title as text' }).min(3).max(90, {
  error: 'is longer than 90 characters; a shorter title reads better on a phone',
});

/** A page's one- or two-sentence summary, 160 characters at most (articles and their translations). */
export const description = z
  .string({ error: 'expected a one-sentence summary as text' })
  .min(20, { error: 'is too short; write one full sentence (20 to 160 characters)' })
  .refine((text) => text.length <= 160, {
    error: (issue) => `is ${String(issue.input).length} characters; keep it under 160 so search results show it whole`,
  });

/** Fields every article carries, whatever its collection. */
export function articleFields(reference: ReferenceFn) {
  return {
    /** Page title and the first line of search results. */
    title,
    /** One or two sentences for search engines and link previews; 160 characters at most. */
    description,
    /** Who wrote the page: the file name (without .yaml) of an entry in content/people/. */
    author: reference('people'),
    /** The clinician who checked it: the file name of an entry in content/people/. */
    reviewer: reference('people'),
    /** The day the reviewer last checked the page, YYYY-MM-DD. */
    lastReviewed: pastDate,
    /** The bibliography entries this page relies on (file names in content/sources/), at least one. */
    sources: z
      .array(reference('sources'), { error: 'expected a list of source keys, for example [furlan2015]' })
      .min(1, { error: 'is empty; every article cites at least one source from content/sources/' }),
    /** Everyday words people search with, e.g. "slipped disc"; shown as "also called". */
    aliases: z.array(z.string().min(2)).default([]),
    /** true keeps the page out of the built site; it shows only in `npm run dev`. */
    draft: z.boolean({ error: 'expected true or false' }).default(false),
    /** Position in lists; lower numbers come first. */
    order: z.number({ error: 'expected a whole number' }).int().default(100),
  };
}

/** A list of cross-references into one collection. */
export function related(reference: ReferenceFn, collection: string) {
  return z.array(reference(collection)).default([]);
}
