/**
 * The booking form's fields: their names (what the therapist sees in the provider's email),
 * the checks run in the browser before anything is sent, and the choices offered.
 * Pure and shared by the page (markup), the browser script and the tests.
 */

/** Field names as posted. Plain words, because providers show them as-is in their emails. */
import { WEEKDAY_LABELS as DAY_LABELS } from '../labels';
import type { Choice } from './view';

export { DAY_LABELS };

export const FIELD = {
  emergency: 'emergency_signs',
  urgent: 'urgent_signs',
  doctor: 'doctor_signs',
  name: 'name',
  email: 'email',
  phone: 'phone',
  location: 'location',
  /** Several checkboxes share these names; "[]" is how HTML forms (and html-validate) mark a list. */
  days: 'days[]',
  timeOfDay: 'time_of_day[]',
  visit: 'visit',
  reason: 'reason',
  impact: 'impact',
  position: 'table_position',
  consent: 'consent',
  /** Honeypot: Formspree's name, also read by Getform and Formcarry. People never see it. */
  honeypot: '_gotcha',
  /** Formspree's subject line for the notification email. */
  subject: '_subject',
  /** Added by the browser script: the safety check in one line, for the therapist. */
  safety: 'safety_check',
} as const;

/** The id of a field's control (a group's first control adds -0), its hint (-hint) and its error (-error). */
export const fieldId = (name: string) => `bk-${name.replace(/\[\]$/, '')}`;

/** The name a field is sent under by the script: a list's "[]" dropped, its answers joined in one value. */
export const postedName = (name: string) => name.replace(/\[\]$/, '');

export const SAFETY_FIELDS = [FIELD.emergency, FIELD.urgent, FIELD.doctor] as const;

/** Longest free text accepted. */
export const MAX_TEXT = 1000;
export const MAX_NAME = 100;

/**
 * What one answer must be. The form's markup takes `name`, `required`, `maxlength` and the
 * answers from here (TextField, ChoiceGroup, YesNo, the consent box) and validateBooking checks the
 * same rules with these words, so the two cannot drift apart.
 */
export interface FieldRule {
  name: string;
  /** true, false, or "requirePhone": the practice's setting in content/practice/site.yaml decides. */
  required: boolean | 'requirePhone';
  maxlength?: number;
  /** The only answers that count (a consent box's "yes"; a safety question's yes or no). */
  answers?: readonly string[];
  /** What to say when the answer is missing, too long, or not in the right form. */
  missing?: string;
  tooLong?: string;
  format?: { test: (value: string) => boolean; message: string };
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** At least 7 digits, and nothing but what people type in phone numbers. */
export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return /^[\d\s()+.\-–]+$/.test(value) && digits >= 7 && digits <= 15;
}

const safetyRule = (name: string, about: string): FieldRule => ({
  name,
  required: true,
  answers: ['yes', 'no'],
  missing: `Answer yes or no to the question about ${about}`,
});
const TOO_LONG = `Keep this to ${MAX_TEXT} characters or fewer`;

/** Every field a visitor answers, in the order of the form. */
export const BOOKING_FIELDS = {
  emergency: safetyRule(FIELD.emergency, 'emergency signs'),
  urgent: safetyRule(FIELD.urgent, 'signs to see a doctor today'),
  doctor: safetyRule(FIELD.doctor, 'signs to see a doctor soon'),
  name: { name: FIELD.name, required: true, maxlength: MAX_NAME, missing: 'Enter your name', tooLong: `Your name must be ${MAX_NAME} characters or fewer` },
  email: {
    name: FIELD.email,
    required: true,
    missing: 'Enter your email address',
    format: { test: (value) => EMAIL.test(value), message: 'Enter an email address like name@example.com' },
  },
  phone: {
    name: FIELD.phone,
    required: 'requirePhone',
    missing: 'Enter a phone number we can call you on',
    format: { test: isPhoneNumber, message: 'Enter a phone number using digits, like 555 010 4477' },
  },
  location: { name: FIELD.location, required: true, missing: 'Choose where you would like to come' },
  days: { name: FIELD.days, required: false },
  timeOfDay: { name: FIELD.timeOfDay, required: false },
  visit: { name: FIELD.visit, required: true, missing: 'Say whether this is your first visit' },
  reason: { name: FIELD.reason, required: true, maxlength: MAX_TEXT, missing: 'Tell us briefly what brings you to us', tooLong: TOO_LONG },
  impact: { name: FIELD.impact, required: false, maxlength: MAX_TEXT, tooLong: TOO_LONG },
  position: { name: FIELD.position, required: false },
  consent: { name: FIELD.consent, required: true, answers: ['yes'], missing: 'Tick the box to let us contact you about this request' },
} as const satisfies Record<string, FieldRule>;

/** The rule for a field name (the safety questions are named by the content, so looked up). */
export const fieldRule = (name: string): FieldRule | undefined => Object.values(BOOKING_FIELDS).find((rule) => rule.name === name);

/** The practice's booking settings that change the rules (content/practice/site.yaml). */
export interface BookingSettings {
  requirePhone: boolean;
}

/** Whether a field must be answered, with the practice's setting applied. */
export const isRequired = (rule: FieldRule, settings: BookingSettings): boolean =>
  rule.required === 'requirePhone' ? settings.requirePhone : rule.required;

/** What the form holds: every value of every field, as FormData gives it. */
export type BookingValues = Record<string, string[]>;

export interface FieldError {
  field: string;
  message: string;
}

export interface ValidationOptions extends BookingSettings {
  /** Safety questions on the page (a group with no red flags in the content is not asked). */
  safetyFields: readonly string[];
  /** false when the practice has one location and the form sends it as a hidden field. */
  locationChoice: boolean;
}

/** FormData (or any list of pairs) as name → values. */
export function valuesFrom(entries: Iterable<[string, unknown]>): BookingValues {
  const values: BookingValues = {};
  for (const [name, value] of entries) {
    if (typeof value !== 'string') continue;
    (values[name] ??= []).push(value);
  }
  return values;
}

export const first = (values: BookingValues, name: string): string => (values[name]?.[0] ?? '').trim();

/** Every problem with the form, in the order the fields appear, with the words to show. */
export function validateBooking(values: BookingValues, options: ValidationOptions): FieldError[] {
  const errors: FieldError[] = [];
  for (const rule of Object.values(BOOKING_FIELDS) as FieldRule[]) {
    if ((SAFETY_FIELDS as readonly string[]).includes(rule.name) && !options.safetyFields.includes(rule.name)) continue;
    if (rule.name === FIELD.location && !options.locationChoice) continue;
    const value = first(values, rule.name);
    const answered = rule.answers ? rule.answers.includes(value) : value !== '';
    if (!answered) {
      if (isRequired(rule, options)) errors.push({ field: rule.name, message: rule.missing ?? '' });
    } else if (rule.maxlength && value.length > rule.maxlength) errors.push({ field: rule.name, message: rule.tooLong ?? '' });
    else if (rule.format && !rule.format.test(value)) errors.push({ field: rule.name, message: rule.format.message });
  }
  return errors;
}

type Day = keyof typeof DAY_LABELS;

type Hours = Partial<Record<Day, { opens: string; closes: string }[]>>;

/** Weekdays on which at least one location is open, Monday first. */
export function openDays(locations: Hours[]): Day[] {
  return (Object.keys(DAY_LABELS) as Day[]).filter((day) => locations.some((hours) => (hours[day] ?? []).length > 0));
}

export const TIMES_OF_DAY = [
  { value: 'morning', label: 'Morning', hint: 'before 12 noon', from: '00:00', to: '12:00' },
  { value: 'afternoon', label: 'Afternoon', hint: '12 noon to 5 pm', from: '12:00', to: '17:00' },
  { value: 'evening', label: 'Evening', hint: 'after 5 pm', from: '17:00', to: '24:00' },
] as const;

/** Times of day on which at least one location is open at some point. */
export function openTimesOfDay(locations: Hours[]): (typeof TIMES_OF_DAY)[number][] {
  const slots = locations.flatMap((hours) => Object.values(hours).flat());
  return TIMES_OF_DAY.filter((t) => slots.some((slot) => slot && slot.opens < t.to && slot.closes > t.from));
}

/** Table positions offered (the table-positions guide explains each); "not sure" is always fine. */
export const TABLE_POSITIONS = [
  { value: 'on my stomach', label: 'On my stomach' },
  { value: 'on my side', label: 'On my side' },
  { value: 'reclined chair', label: 'Sitting back in a reclined chair' },
  { value: 'not sure', label: 'Not sure yet' },
] as const;

interface LocationLike {
  id: string;
  name: string;
  address: { street: string; city: string };
}

/** Location choices, plus "no preference" when there is more than one. */
export function locationChoices(locations: LocationLike[]): Choice[] {
  const choices: Choice[] = locations.map((l) => ({ value: l.id, label: l.name, hint: `${l.address.street}, ${l.address.city}` }));
  if (choices.length > 1) choices.push({ value: 'either', label: 'Either is fine' });
  return choices;
}
