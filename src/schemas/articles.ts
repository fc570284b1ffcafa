/**
 * The six article collections. Type-specific fields live here next to the shared ones,
 * so one file answers "what can I put in a cause / symptom / … page?".
 */
import { z } from 'astro/zod';
import { articleFields, evidence, related, type ReferenceFn } from './shared';

/** Table positions a therapist can offer; labels live in src/lib/labels.ts. */
export const POSITIONS = ['stomach-with-pillow', 'side-with-pillow', 'reclined', 'back-knees-supported'] as const;

export const causeSchema = (reference: ReferenceFn) =>
  z.strictObject({
    ...articleFields(reference),
    /** Whether massage has a place: helpful (may ease symptoms), adjunct (only alongside other care) or not-advised. */
    massageRole: z.enum(['helpful', 'adjunct', 'not-advised'], {
      error: 'expected one of: helpful, adjunct, not-advised',
    }),
    /** Table positions that usually suit people with this cause, most comfortable first. */
    positions: z.array(z.enum(POSITIONS, { error: `expected one of: ${POSITIONS.join(', ')}` })).default([]),
    /** Symptoms this cause often produces. */
    relatedSymptoms: related(reference, 'symptoms'),
    /** Massage types worth reading about for this cause. */
    relatedMassageTypes: related(reference, 'massageTypes'),
    /** Other causes worth comparing. */
    relatedCauses: related(reference, 'causes'),
  });

export const symptomSchema = (reference: ReferenceFn) =>
  z.strictObject({
    ...articleFields(reference),
    /** Causes that commonly produce this symptom. */
    relatedCauses: related(reference, 'causes'),
    /** Massage types that may ease it (or that need care with it). */
    relatedMassageTypes: related(reference, 'massageTypes'),
    /** Red flags this symptom can turn into, e.g. weakness → foot drop. */
    relatedRedFlags: related(reference, 'redFlags'),
    /** Other symptoms that often come with it. */
    relatedSymptoms: related(reference, 'symptoms'),
  });

export const massageTypeSchema = (reference: ReferenceFn) =>
  z.strictObject({
    ...articleFields(reference),
    /** How firm the touch is. */
    pressure: z.enum(['none', 'light', 'light-to-moderate', 'moderate', 'firm', 'varies'], {
      error: 'expected one of: none, light, light-to-moderate, moderate, firm, varies',
    }),
    /** One sentence on what it feels like, in the reader's terms. */
    feelsLike: z.string().min(10).max(240),
    /** When to skip it or ask a doctor first; at least one item. */
    avoidWhen: z.array(z.string().min(5)).min(1, { error: 'is empty; list at least one time to avoid it' }),
    /** How strong the evidence is, and why, in one line. */
    evidence,
    /** Causes it may suit. */
    relatedCauses: related(reference, 'causes'),
    /** Symptoms it may ease. */
    relatedSymptoms: related(reference, 'symptoms'),
    /** Other massage types to compare. */
    relatedMassageTypes: related(reference, 'massageTypes'),
  });

export const URGENCIES = ['emergency', 'urgent', 'see-a-doctor'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const redFlagSchema = (reference: ReferenceFn) =>
  z.strictObject({
    ...articleFields(reference),
    /** emergency (now: emergency number / emergency department), urgent (a doctor today), see-a-doctor (within days). */
    urgency: z.enum(URGENCIES, { error: 'expected one of: emergency, urgent, see-a-doctor' }),
    /**
     * Optional: an instruction for this sign only, said after its tier's own action (which comes
     * from src/lib/urgency.ts and the practice settings), e.g. "Do not rub or massage the leg."
     */
    action: z.string().min(10).max(200).optional(),
    /** The yes/no question the booking safety check asks, in plain words. */
    check: z
      .string({ error: 'expected a yes/no question for the booking safety check' })
      .min(10)
      .max(200)
      .refine((q) => q.trim().endsWith('?'), { error: 'should be a question ending with "?"' }),
    /** Symptoms this sign relates to. */
    relatedSymptoms: related(reference, 'symptoms'),
    /** Causes this sign can point to. */
    relatedCauses: related(reference, 'causes'),
  });

/** Path of a page with more on a question, e.g. causes/herniated-disc (that the page exists is checked with the references). */
export const MORE_PATH = /^[a-z0-9-]+\/[a-z0-9-]+$/;

export const faqSchema = (reference: ReferenceFn) =>
  z.strictObject({
    ...articleFields(reference),
    /** The question as a reader would ask it. The body is the short answer: one paragraph. */
    question: z
      .string()
      .min(8)
      .refine((q) => q.trim().endsWith('?'), { error: 'should be a question ending with "?"' }),
    /** The page with more, as section/slug, e.g. guides/table-positions. */
    more: z.string().regex(MORE_PATH, {
      error: 'expected section/slug of the page with more, e.g. guides/table-positions or causes/herniated-disc',
    }),
  });

export const guideSchema = (reference: ReferenceFn) =>
  z.strictObject({
    ...articleFields(reference),
    /** How strong the evidence is for the guide's main advice, and why. */
    evidence,
    relatedCauses: related(reference, 'causes'),
    relatedSymptoms: related(reference, 'symptoms'),
    relatedMassageTypes: related(reference, 'massageTypes'),
    relatedGuides: related(reference, 'guides'),
  });
