/**
 * The interface's own words (not the articles, which editors write) per locale, and how
 * dates and times are shown. `lang` in content/practice/site.yaml picks the table; a new
 * language adds a table here with every key (TypeScript refuses a missing one) and its
 * code to LOCALES. en-GB starts from en-US and changes only what differs.
 */

export const LOCALES = ['en-US', 'en-GB'] as const;
export type Locale = (typeof LOCALES)[number];
export type HourCycle = 12 | 24;

const enUS = {
  skipLink: 'Skip to content',
  /** Opening hours of a day with no slots. */
  closed: 'Closed',
  /** Where to go the same day when a doctor's surgery or office cannot see you. */
  urgentCare: 'an urgent care clinic',
};

export type UiStrings = typeof enUS;

export const UI_STRINGS: Record<Locale, UiStrings> = {
  'en-US': enUS,
  'en-GB': { ...enUS, urgentCare: 'an urgent treatment centre' },
};

export const uiStrings = (locale: Locale): UiStrings => UI_STRINGS[locale];

/** The hour cycle a locale's readers expect when site.yaml does not say. */
export const defaultHourCycle = (locale: Locale): HourCycle => (locale === 'en-US' ? 12 : 24);
