import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
  causeSchema,
  faqSchema,
  guideSchema,
  massageTypeSchema,
  redFlagSchema,
  symptomSchema,
} from '../../src/schemas/articles';
import { locationSchema } from '../../src/schemas/data';
import type { ReferenceFn } from '../../src/schemas/shared';

// Stand-in for Astro's reference(): keeps the id, as reference() does before it is resolved.
const ref: ReferenceFn = (collection) => z.string().transform((id) => ({ collection, id }));

const articleSchemas = {
  causes: causeSchema(ref),
  symptoms: symptomSchema(ref),
  massageTypes: massageTypeSchema(ref),
  redFlags: redFlagSchema(ref),
  faqs: faqSchema(ref),
  guides: guideSchema(ref),
};

const fieldsOf = (result: { success: boolean; error?: z.ZodError }) =>
  (result.error?.issues ?? []).map((i) => i.path.join('.'));

const goodCause = {
  title: 'Herniated disc',
  description: 'A disc in the lower back bulges and presses on a nerve root, the most common cause of sciatica.',
  author: 'jordan-avery',
  reviewer: 'dr-priya-raman',
  lastReviewed: new Date('2026-11-01'),
  sources: ['koes2007'],
  massageRole: 'helpful',
};

/** The fields every article has (a cause's massageRole is unknown to other kinds of page). */
const { massageRole: _role, ...common } = goodCause;

describe('schemas reject bad fields with a message an editor can act on', () => {
  const schema = articleSchemas.causes;

  it('accepts a good entry and fills defaults', () => {
    const result = schema.parse(goodCause);
    expect(result.aliases).toEqual([]);
    expect(result.draft).toBe(false);
    expect(result.sources).toEqual([{ collection: 'sources', id: 'koes2007' }]);
  });

  it('missing field', () => {
    const { title: _omit, ...rest } = goodCause;
    const result = schema.safeParse(rest);
    expect(fieldsOf(result)).toEqual(['title']);
  });

  it('wrong type', () => {
    const result = schema.safeParse({ ...goodCause, draft: 'yes' });
    expect(fieldsOf(result)).toEqual(['draft']);
    expect(result.error?.issues[0]?.message).toMatch(/true or false/);
  });

  it('too-long description says how long and why it matters', () => {
    const result = schema.safeParse({ ...goodCause, description: 'x'.repeat(212) });
    expect(fieldsOf(result)).toEqual(['description']);
    expect(result.error?.issues[0]?.message).toBe('is 212 characters; keep it under 160 so search results show it whole');
  });

  it('bad date', () => {
    const result = schema.safeParse({ ...goodCause, lastReviewed: 'last Tuesday' });
    expect(fieldsOf(result)).toEqual(['lastReviewed']);
    expect(result.error?.issues[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  it('a review date in the future', () => {
    const result = schema.safeParse({ ...goodCause, lastReviewed: '2999-01-01' });
    expect(result.error?.issues[0]?.message).toMatch(/future/);
  });

  it('no sources', () => {
    const result = schema.safeParse({ ...goodCause, sources: [] });
    expect(fieldsOf(result)).toEqual(['sources']);
    expect(result.error?.issues[0]?.message).toMatch(/at least one source/);
  });

  it('an enum lists the allowed values', () => {
    const result = schema.safeParse({ ...goodCause, massageRole: 'maybe' });
    expect(result.error?.issues[0]?.message).toBe('expected one of: helpful, adjunct, not-advised');
  });

  it('red flag urgency and a safety-check question', () => {
    const result = articleSchemas.redFlags.safeParse({
      ...common,
      urgency: 'soon',
      action: 'Call 911 now.',
      check: 'Numb around the bottom',
    });
    expect(fieldsOf(result).sort()).toEqual(['check', 'urgency']);
  });

  it('FAQ "more" must be section/slug', () => {
    const result = articleSchemas.faqs.safeParse({ ...common, question: 'Is massage safe?', more: '/guides/x/' });
    expect(fieldsOf(result)).toEqual(['more']);
  });

  it('a field the schema does not know is named, not dropped (strict objects)', () => {
    const result = articleSchemas.faqs.safeParse({ ...goodCause, question: 'Is massage safe?', more: 'guides/x' });
    expect(result.error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['massageRole'], path: [] }]);
  });

  it('opening hours must open before they close', () => {
    const result = locationSchema.safeParse({
      id: 'main',
      name: 'Main clinic',
      address: { street: '1 Main St', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' },
      phone: '(555) 010-0000',
      hours: { monday: [{ opens: '17:00', closes: '09:00' }] },
    });
    expect(fieldsOf(result)).toEqual(['hours.monday.0']);
  });
});
