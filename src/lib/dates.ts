/** Dates as readers see them, and review status as editors need it. */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date in words, in the order the locale's readers expect: "November 2, 2026" (en-US), "2 November 2026" (en-GB). */
export function formatDate(date: Date, locale = 'en-US'): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}

/** YYYY-MM-DD, for <time datetime> and JSON-LD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export type ReviewStatus = 'current' | 'overdue' | 'expired';

/** Whole months between two dates (calendar months, ignoring days). */
export function monthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  return to.getUTCDate() < from.getUTCDate() ? months - 1 : months;
}

/** A page is due for its next review 12 months after the last one. */
export function nextReviewDue(lastReviewed: Date): Date {
  const due = new Date(lastReviewed);
  due.setUTCMonth(due.getUTCMonth() + 12);
  return due;
}

/** Over 12 months since review: overdue (listed); over 18 months: expired (fails the check). */
export function reviewStatus(lastReviewed: Date, today: Date = new Date()): ReviewStatus {
  const months = monthsBetween(lastReviewed, today);
  if (months >= 18) return 'expired';
  if (months >= 12) return 'overdue';
  return 'current';
}

/** "13:30" (as written in locations.yaml) → "1:30 PM" on a 12-hour clock (US readers), "13:30" on a 24-hour one. */
export function formatTime(time: string, hourCycle: 12 | 24 = 12, clock = { am: 'AM', pm: 'PM' }): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  if (hourCycle === 24) return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  const suffix = h < 12 ? clock.am : clock.pm;
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}:${String(m).padStart(2, '0')} ${suffix}`;
}
