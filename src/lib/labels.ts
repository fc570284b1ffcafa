/** Words shown to readers for the enum values in the schemas (red-flag tiers: lib/urgency.ts). */

/** The text with its first letter capitalised: "call 911 …" starting a sentence, "yes" as a label. */
export const capitalize = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

/** Weekday keys as used in locations.yaml, in calendar order, with the names shown to readers. */
export const WEEKDAY_LABELS = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
} as const;

export const POSITION_LABELS: Record<string, string> = {
  'stomach-with-pillow': 'Lying on your stomach, with a pillow under your hips',
  'side-with-pillow': 'Lying on your side, with a pillow between your knees',
  reclined: 'Sitting back in a reclined chair',
  'back-knees-supported': 'Lying on your back, with a bolster under your knees',
};

export const MASSAGE_ROLE_LABELS: Record<string, { label: string; detail: string }> = {
  helpful: { label: 'Massage may help', detail: 'It may ease pain and tight muscles for a while, alongside staying active.' },
  adjunct: { label: 'Massage is an add-on only', detail: 'It can make you more comfortable, but other care comes first.' },
  'not-advised': { label: 'Massage is not advised', detail: 'See a doctor first. Massage is not a treatment for this.' },
};

export const PRESSURE_LABELS: Record<string, string> = {
  none: 'No pressure',
  light: 'Light',
  'light-to-moderate': 'Light to moderate',
  moderate: 'Moderate',
  firm: 'Firm',
  varies: 'Varies',
};

export const EVIDENCE_LABELS: Record<string, string> = {
  strong: 'Strong evidence',
  moderate: 'Moderate evidence',
  limited: 'Limited evidence',
  none: 'No good evidence yet',
};

export const SOURCE_KIND_LABELS: Record<string, string> = {
  guideline: 'Clinical guideline',
  'systematic-review': 'Systematic review',
  trial: 'Clinical trial',
  review: 'Review article',
  'patient-information': 'Patient information',
  other: 'Other',
};
