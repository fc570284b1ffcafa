/**
 * The body the browser script posts. URL-encoded, because it is the one encoding every
 * form provider accepts and, with only an Accept header, it stays a CORS "simple"
 * request with no preflight (research/ecosystem.md §4).
 */
import { FIELD, first, postedName, type BookingValues } from './fields';
import { bookingSubject, safetySummary, type SafetyResult } from './safety';

/**
 * Every field of the form, in form order, with the subject line and the safety summary
 * first so the therapist reads them before anything else. Text is trimmed; a field with
 * several answers (days[], time_of_day[]) becomes one comma-separated value under its plain
 * name (days, time_of_day), since providers
 * differ in what they do with repeated names. The honeypot is passed through untouched:
 * the provider, not the browser, decides what a filled one means.
 */
export function buildBookingPayload(values: BookingValues, safety: SafetyResult): URLSearchParams {
  const body = new URLSearchParams();
  body.set(FIELD.subject, bookingSubject(first(values, FIELD.name), safety));
  body.set(FIELD.safety, safetySummary(safety));
  for (const [name, list] of Object.entries(values)) {
    if (name === FIELD.subject || name === FIELD.safety) continue;
    body.set(postedName(name), name === FIELD.honeypot ? (list[0] ?? '') : list.map((v) => v.trim()).filter(Boolean).join(', '));
  }
  return body;
}
