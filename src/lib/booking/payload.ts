/**
 * The body the browser script posts. URL-encoded, because it is the one encoding every
 * form provider accepts and, with only an Accept header, it stays a CORS "simple"
 * request with no preflight (research/ecosystem.md §4).
 */
import { FIELD, first, postedName, type BookingValues } from './fields';
import { bookingSubject, safetySummary, type SafetyResult } from './safety';

/**
 * Every field of the form, in form order, with the subject line, the safety summary and the
 * page's language first so the therapist reads them before anything else. Text is trimmed;
 * a field with several answers (days[], time_of_day[]) becomes one comma-separated value
 * under its plain name (days, time_of_day), since providers differ in what they do with
 * repeated names. The honeypot is passed through untouched: the provider, not the browser,
 * decides what a filled one means. Choices are sent as their values (English, the
 * practice's words), whatever the language of the labels the visitor saw.
 */
export function buildBookingPayload(values: BookingValues, safety: SafetyResult): URLSearchParams {
  const body = new URLSearchParams();
  const language = first(values, FIELD.language) || 'en';
  body.set(FIELD.subject, bookingSubject(first(values, FIELD.name), safety, language));
  body.set(FIELD.safety, safetySummary(safety));
  body.set(FIELD.language, language);
  for (const [name, list] of Object.entries(values)) {
    if (name === FIELD.subject || name === FIELD.safety || name === FIELD.language) continue;
    body.set(postedName(name), name === FIELD.honeypot ? (list[0] ?? '') : list.map((v) => v.trim()).filter(Boolean).join(', '));
  }
  return body;
}
