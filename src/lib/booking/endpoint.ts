/**
 * Where the booking form posts, decided once at build time from PUBLIC_BOOKING_ENDPOINT and
 * the practice settings. Pure: astro.config.mjs calls it to fail a bad build early, and the
 * /book/ page calls it to choose between the form and the phone/email panel.
 */

/** The local inbox `npm start` runs (scripts/booking-inbox.mjs); `astro dev` posts here when no endpoint is set. */
export const LOCAL_INBOX_ENDPOINT = 'http://127.0.0.1:8787/f/local';

export type BookingMode = 'form' | 'phone-only';

export type BookingSetup =
  /** Show the form, posting to `endpoint`. `local` is true for a loopback address (npm start, tests). */
  | { kind: 'form'; endpoint: string; local: boolean }
  /** Show phone and email instead of a form. */
  | { kind: 'phone-only' };

/** 127.0.0.0/8, ::1 and localhost: addresses that never leave the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1') return true;
  const parts = host.split('.');
  return parts.length === 4 && parts[0] === '127' && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/**
 * Checks an endpoint address. The result is the address to use, or a message that says
 * what is wrong and how to fix it (shown as the build error).
 */
export function checkBookingEndpoint(raw: string): { ok: true; url: string; local: boolean } | { ok: false; message: string } {
  const value = raw.trim();
  const fix =
    'Set it to your form provider\'s address, e.g. PUBLIC_BOOKING_ENDPOINT=https://formspree.io/f/abcd1234 (see "Booking" in README.md), or run `npm start` for a local inbox.';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, message: `PUBLIC_BOOKING_ENDPOINT is not a web address: "${value}". ${fix}` };
  }
  if (url.username || url.password) {
    return { ok: false, message: `PUBLIC_BOOKING_ENDPOINT must not contain a user name or password: it is published in every page. ${fix}` };
  }
  const local = isLoopbackHost(url.hostname);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && local)) return { ok: true, url: url.href, local };
  if (url.protocol === 'http:') {
    return {
      ok: false,
      message: `PUBLIC_BOOKING_ENDPOINT must use https:// (got "${value}"): booking requests carry names, phone numbers and health details. Plain http:// is only allowed for loopback addresses (127.0.0.1, localhost) used by npm start and the tests.`,
    };
  }
  return { ok: false, message: `PUBLIC_BOOKING_ENDPOINT must be an https:// address (got "${value}"). ${fix}` };
}

/**
 * What /book/ shows. A production build in form mode without an endpoint throws, so a site
 * never ships a form that posts nowhere; `astro dev` falls back to the local inbox instead.
 */
export function bookingSetup(options: { endpoint: string | undefined; mode: BookingMode; command: 'build' | 'dev' }): BookingSetup {
  const raw = options.endpoint?.trim() ?? '';
  if (raw) {
    const checked = checkBookingEndpoint(raw);
    if (!checked.ok) throw new Error(checked.message);
    if (options.mode === 'phone-only') return { kind: 'phone-only' };
    return { kind: 'form', endpoint: checked.url, local: checked.local };
  }
  if (options.mode === 'phone-only') return { kind: 'phone-only' };
  if (options.command === 'dev') return { kind: 'form', endpoint: LOCAL_INBOX_ENDPOINT, local: true };
  throw new Error(
    'PUBLIC_BOOKING_ENDPOINT is not set, so the booking form would post nowhere. Set it to your form provider\'s https:// address ' +
      '(e.g. PUBLIC_BOOKING_ENDPOINT=https://formspree.io/f/abcd1234 npm run build; see "Booking" in README.md), ' +
      'or, to take bookings by phone only, set `booking: { mode: phone-only }` in content/practice/site.yaml. ' +
      'To try the form locally, run `npm start`: it builds against a local inbox.',
  );
}

/** How the privacy note names the place requests go: "formspree.io", or the local inbox (`localInbox`, in the page's words). */
export function endpointLabel(endpoint: string, localInbox: string): string {
  const url = new URL(endpoint);
  return isLoopbackHost(url.hostname) ? localInbox : url.hostname.replace(/^www\./, '');
}
