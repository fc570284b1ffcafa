/**
 * What a form provider's answer means, and what to tell the visitor when sending fails.
 * Shapes handled (research/ecosystem.md §4): Formspree `{ ok, next }` / `{ error, errors: [{ field, code, message }] }`,
 * Web3Forms and Static Forms `{ success, message }`, Netlify's empty 2xx, and any HTML page.
 */
import { capitalize } from '../labels';
import { fill } from './fields';
import type { BookingMessages } from './messages';

export interface ProviderFieldError {
  field: string;
  message: string;
  code?: string;
}

export type SendOutcome =
  | { ok: true }
  /** 4xx, or a 2xx that says it failed: the provider read the request and refused it. */
  | { ok: false; kind: 'rejected'; status: number; message: string; fieldErrors: ProviderFieldError[] }
  /** 5xx or anything else unexpected from the provider. */
  | { ok: false; kind: 'server'; status: number }
  /** No answer at all: offline, blocked, or the endpoint is down. */
  | { ok: false; kind: 'network' }
  /** No answer in time: the request may or may not have arrived. */
  | { ok: false; kind: 'timeout' };

export type SendFailure = Exclude<SendOutcome, { ok: true }>;

function parseJson(contentType: string | null, body: string): Record<string, unknown> | undefined {
  const looksJson = /json/i.test(contentType ?? '') || /^\s*\{/.test(body);
  if (!looksJson) return undefined;
  try {
    const value: unknown = JSON.parse(body);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function fieldErrorsOf(json: Record<string, unknown> | undefined): ProviderFieldError[] {
  const list = json?.['errors'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item): ProviderFieldError[] => {
    if (!item || typeof item !== 'object') return [];
    const record = item as Record<string, unknown>;
    const message = text(record['message']);
    const field = text(record['field']);
    const code = text(record['code']);
    if (!message && !code) return [];
    return [{ field, message: message || code, ...(code ? { code } : {}) }];
  });
}

/** Reads a provider's HTTP answer. `response.ok` is the only universal success signal. */
export function parseBookingResponse(status: number, contentType: string | null, body: string): SendOutcome {
  const json = parseJson(contentType, body);
  const saysFailed = json !== undefined && (json['success'] === false || json['ok'] === false || text(json['error']) !== '');
  if (status >= 200 && status < 300 && !saysFailed) return { ok: true };
  if ((status >= 400 && status < 500) || (status >= 200 && status < 300)) {
    const fieldErrors = fieldErrorsOf(json);
    const message = text(json?.['error']) || text(json?.['message']) || fieldErrors.map((e) => e.message).join('; ');
    return { ok: false, kind: 'rejected', status, message, fieldErrors };
  }
  return { ok: false, kind: 'server', status };
}

/**
 * What went wrong, in the visitor's words and language (under the heading `notSent`, or for a
 * timeout `notConfirmed`). Providers answer in English, so their own words are quoted on
 * English pages only (`lang`, the page's language).
 */
export function failureReason(failure: SendFailure, m: BookingMessages, lang = 'en'): string {
  switch (failure.kind) {
    case 'timeout':
      return m.timeout;
    case 'network':
      return m.network;
    case 'server':
      return fill(m.server, { status: failure.status });
    case 'rejected':
      if (failure.fieldErrors.some((e) => e.field)) return m.rejectedFields;
      return failure.message && lang === 'en' ? fill(m.rejectedWith, { message: failure.message }) : m.rejected;
  }
}

/** What to show on a field the provider refused: friendlier words for Formspree's codes; others' messages as they come (in English, so on English pages only). */
export function providerFieldMessage(error: ProviderFieldError, m: BookingMessages, lang = 'en'): string {
  const byCode: Record<string, string> = {
    TYPE_EMAIL: m.fields.emailFormat,
    REQUIRED_FIELD_EMPTY: m.needsAnswer,
    REQUIRED_FIELD_MISSING: m.needsAnswer,
  };
  const known = error.code ? byCode[error.code] : undefined;
  if (known) return known;
  const message = error.message.trim();
  return message && lang === 'en' ? capitalize(message) : m.checkAnswer;
}
