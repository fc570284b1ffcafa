/**
 * Words for the schemas' enum values that do not change with the page's language. What readers
 * see (positions, pressure, evidence, source kinds) is in the strings tables, src/i18n/.
 */

/** The text with its first letter capitalised: "call 911 …" starting a sentence, "yes" as a label. */
export const capitalize = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

/** Weekday keys as used in locations.yaml, in calendar order, with their English names (schema.org's, and the booking form's values). */
export const WEEKDAY_LABELS = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
} as const;
