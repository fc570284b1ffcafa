/**
 * What a form provider's answer means, and what to tell the visitor when sending fails.
 * Shapes handled (research/ecosystem.md §4): Formspree `{ ok, next }` / `{ error, errors: [{ field, code, message }] }`,
 * Web3Forms and Static Forms `{ success, message }`, Netlify's empty 2xx, and any HTML page.
 */
import { capitalize } from '../labels';

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

/** What went wrong, in the visitor's words (under the heading "Your request was not sent", or for a timeout "We could not confirm your request"). */
export function failureReason(failure: SendFailure): string {
  switch (failure.kind) {
    case 'timeout':
      return 'The booking service took too long to answer, so we cannot tell whether your request arrived.';
    case 'network':
      return 'We could not reach the booking service. You may be offline.';
    case 'server':
      return `The booking service had a problem (error ${failure.status}).`;
    case 'rejected':
      return failure.fieldErrors.some((e) => e.field)
        ? 'The booking service did not accept some answers. They are marked on the form:'
        : `The booking service did not accept the request${failure.message ? `: ${failure.message}` : ''}.`;
  }
}

/** Friendlier words for Formspree's error codes; other providers' messages are shown as they come. */
const CODE_MESSAGES: Record<string, string> = {
  TYPE_EMAIL: 'Enter an email address like name@example.com',
  REQUIRED_FIELD_EMPTY: 'This needs an answer',
  REQUIRED_FIELD_MISSING: 'This needs an answer',
};

export function providerFieldMessage(error: ProviderFieldError): string {
  const known = error.code ? CODE_MESSAGES[error.code] : undefined;
  if (known) return known;
  const message = error.message.trim();
  return message ? capitalize(message) : 'Check this answer';
}
