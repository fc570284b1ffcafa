/**
 * The safety check before a booking request. Red flags are asked in three groups, one
 * yes/no answer each ("Do any of these apply to you?", the NHS 111 style), so the check
 * stays short on a phone however many signs the red-flags collection lists.
 */
import { FIELD, first, type BookingValues } from './fields';
import type { Urgency } from '../../schemas/articles';
import { OTHER_LANGUAGES, type OtherLanguage } from '../../i18n/locales';

/** Which answer field asks about which urgency of the red-flags collection. */
export const SAFETY_GROUPS = [
  { urgency: 'emergency', field: FIELD.emergency },
  { urgency: 'urgent', field: FIELD.urgent },
  { urgency: 'see-a-doctor', field: FIELD.doctor },
] as const;

export interface SafetyResult {
  /** emergency: send nothing, show emergency guidance. */
  emergency: boolean;
  /** An urgent sign: advise a doctor today; the request may still go, marked. */
  urgent: boolean;
  /** A see-a-doctor sign: advise a doctor within days; the request may still go, marked. */
  doctor: boolean;
}

export function assessSafety(values: BookingValues): SafetyResult {
  const yes = (field: string) => first(values, field) === 'yes';
  return { emergency: yes(FIELD.emergency), urgent: yes(FIELD.urgent), doctor: yes(FIELD.doctor) };
}

/** True when the request must not be sent at all. */
export const blocksBooking = (safety: SafetyResult) => safety.emergency;

/** The one line the therapist reads first (the safety_check field). */
export function safetySummary(safety: SafetyResult): string {
  if (safety.emergency) return 'EMERGENCY sign reported: not sent, visitor shown emergency guidance';
  const parts: string[] = [];
  if (safety.urgent) parts.push('URGENT sign reported: advised to see a doctor today before any massage; chose to send the request anyway');
  if (safety.doctor) parts.push('See-a-doctor sign reported: advised to see their doctor within a few days, before massage');
  return parts.length ? parts.join('. ') : 'No warning signs reported';
}

/*
 * What the practice reads (the subject and the safety line) stays in English, the practice's
 * language, whatever the page's; a request from a page in another language says so in its
 * subject and in its `language` field, so the practice knows to answer in that language.
 */

/** " in Spanish" for a request from a Spanish page (language "es"); nothing for English. */
export function inLanguage(language: string): string {
  const other = OTHER_LANGUAGES[language as OtherLanguage] as (typeof OTHER_LANGUAGES)[OtherLanguage] | undefined;
  return other ? ` in ${other.englishName}` : '';
}

/** The notification email's subject, so a flagged request (and its language) stands out in the inbox. */
export function bookingSubject(name: string, safety: SafetyResult, language = 'en'): string {
  const who = name.trim() || 'a visitor';
  const from = `${inLanguage(language)} from ${who}`;
  if (safety.urgent) return `URGENT SIGN – booking request${from} (advised to see a doctor first)`;
  if (safety.doctor) return `Booking request${from} (see-a-doctor sign reported)`;
  return `Booking request${from}`;
}

/** The subject sent without JavaScript (the form's hidden _subject): no name or safety answers are known yet. */
export const plainSubject = (practiceName: string, language = 'en') => `Booking request${inLanguage(language)} – ${practiceName}`;

interface RedFlagLike {
  urgency: string;
  check: string;
  title: string;
}

/**
 * The safety check's questions, grouped by urgency in the red flags' order; empty groups are left out.
 * `flags` and `words` are in the page's language: the red flags' `check` questions of its site
 * (Astro.locals.site), the group words of its table (src/i18n/<lang>.ts `booking.safety.groups`).
 */
export function safetyGroups(flags: RedFlagLike[], words: Record<Urgency, { tag: string; legend: string }>) {
  return SAFETY_GROUPS.map(({ urgency, field }) => ({
    urgency,
    field,
    ...words[urgency],
    checks: flags.filter((f) => f.urgency === urgency).map(({ check, title }) => ({ check, title })),
  })).filter((group) => group.checks.length > 0);
}
