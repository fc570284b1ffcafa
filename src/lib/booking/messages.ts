/**
 * The words the browser script shows: validation errors, the sending state and what went
 * wrong. They live in the page language's table (src/i18n/<lang>.ts, `booking.messages`);
 * BookingForm.astro writes them into the page as JSON in the data-messages attribute of
 * <booking-form> (data, not an inline script: nothing for the strict CSP to hash or allow) and
 * src/client/booking/bookingForm.ts reads them from there, so the script itself carries no
 * words and serves every language.
 * Plain strings only (they travel as JSON); `{status}`, `{message}` and `{max}` are filled in.
 */
import type { FieldMessages } from './fields';

export interface BookingMessages {
  /** Read by screen readers before a field's error: "Error: ". */
  errorPrefix: string;
  /** The send button while sending, and what the status region says. */
  sending: string;
  sendingStatus: string;
  /** The failure box's heading: not sent, or (after a timeout) not confirmed. */
  notSent: string;
  notConfirmed: string;
  timeout: string;
  network: string;
  /** `{status}`: the HTTP status, e.g. 500. */
  server: string;
  rejectedFields: string;
  rejected: string;
  /** `{message}`: the provider's own words (shown on English pages only; providers answer in English). */
  rejectedWith: string;
  /** For a provider's field error: Formspree's "required" codes, and any other complaint on a page not in English. */
  needsAnswer: string;
  checkAnswer: string;
  fields: FieldMessages;
}
