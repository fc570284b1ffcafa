/**
 * The booking form's fields: their names (what the therapist sees in the provider's email),
 * the checks run in the browser before anything is sent, and the choices offered.
 * Pure and shared by the page (markup), the browser script and the tests. The words shown
 * to the visitor come from the page's language (src/i18n/<lang>.ts, group `booking`): the
 * page hands them in, and the browser script reads them from the page (BookingForm.astro).
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
  /** The language of the page the request came from ("en", "es"), so the practice answers in it. */
  language: 'language',
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
 * answers from here (TextField, ChoiceGroup, SafetyQuestion, the consent box) and validateBooking
 * checks the same rules, so the two cannot drift apart. The words for each problem are the
 * page language's (FieldMessages), looked up by the keys named here.
 */
export interface FieldRule {
  name: string;
  /** true, false, or "requirePhone": the practice's setting in content/practice/site.yaml decides. */
  required: boolean | 'requirePhone';
  maxlength?: number;
  /** The only answers that count (a consent box's "yes"; a safety question's yes or no). */
  answers?: readonly string[];
  /** Which message (of FieldMessages) to show when the answer is missing, too long, or not in the right form. */
  missing?: keyof FieldMessages;
  tooLong?: keyof FieldMessages;
  format?: { test: (value: string) => boolean; message: keyof FieldMessages };
}

/**
 * What to say about each problem, in the page's language (src/i18n/<lang>.ts `booking.messages.fields`).
 * `{max}` is filled in with the field's limit.
 */
export interface FieldMessages {
  emergency: string;
  urgent: string;
  doctor: string;
  name: string;
  nameTooLong: string;
  email: string;
  emailFormat: string;
  phone: string;
  phoneFormat: string;
  location: string;
  visit: string;
  reason: string;
  tooLong: string;
  consent: string;
}

/** A message with its {placeholders} filled in: fill('Keep this to {max}', { max: 100 }). */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** At least 7 digits, and nothing but what people type in phone numbers. */
export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return /^[\d\s()+.\-–]+$/.test(value) && digits >= 7 && digits <= 15;
}

const safetyRule = (name: string, missing: keyof FieldMessages): FieldRule => ({ name, required: true, answers: ['yes', 'no'], missing });

/** Every field a visitor answers, in the order of the form. */
export const BOOKING_FIELDS = {
  emergency: safetyRule(FIELD.emergency, 'emergency'),
  urgent: safetyRule(FIELD.urgent, 'urgent'),
  doctor: safetyRule(FIELD.doctor, 'doctor'),
  name: { name: FIELD.name, required: true, maxlength: MAX_NAME, missing: 'name', tooLong: 'nameTooLong' },
  email: { name: FIELD.email, required: true, missing: 'email', format: { test: (value) => EMAIL.test(value), message: 'emailFormat' } },
  phone: { name: FIELD.phone, required: 'requirePhone', missing: 'phone', format: { test: isPhoneNumber, message: 'phoneFormat' } },
  location: { name: FIELD.location, required: true, missing: 'location' },
  days: { name: FIELD.days, required: false },
  timeOfDay: { name: FIELD.timeOfDay, required: false },
  visit: { name: FIELD.visit, required: true, missing: 'visit' },
  reason: { name: FIELD.reason, required: true, maxlength: MAX_TEXT, missing: 'reason', tooLong: 'tooLong' },
  impact: { name: FIELD.impact, required: false, maxlength: MAX_TEXT, tooLong: 'tooLong' },
  position: { name: FIELD.position, required: false },
  consent: { name: FIELD.consent, required: true, answers: ['yes'], missing: 'consent' },
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
  /** The words for each problem, in the page's language. */
  messages: FieldMessages;
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
    const say = (key: keyof FieldMessages | undefined) => ({ field: rule.name, message: key ? fill(options.messages[key], { max: rule.maxlength ?? '' }) : '' });
    if (!answered) {
      if (isRequired(rule, options)) errors.push(say(rule.missing));
    } else if (rule.maxlength && value.length > rule.maxlength) errors.push(say(rule.tooLong));
    else if (rule.format && !rule.format.test(value)) errors.push(say(rule.format.message));
  }
  return errors;
}

type Day = keyof typeof DAY_LABELS;

type Hours = Partial<Record<Day, { opens: string; closes: string }[]>>;

/** Weekdays on which at least one location is open, Monday first. */
export function openDays(locations: Hours[]): Day[] {
  return (Object.keys(DAY_LABELS) as Day[]).filter((day) => locations.some((hours) => (hours[day] ?? []).length > 0));
}

/** Times of day a visitor can tick; their words are the page language's (timeOfDayChoices). */
export const TIMES_OF_DAY = [
  { value: 'morning', from: '00:00', to: '12:00' },
  { value: 'afternoon', from: '12:00', to: '17:00' },
  { value: 'evening', from: '17:00', to: '24:00' },
] as const;

type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/** Times of day on which at least one location is open at some point. */
export function openTimesOfDay(locations: Hours[]): TimeOfDay[] {
  const slots = locations.flatMap((hours) => Object.values(hours).flat());
  return TIMES_OF_DAY.filter((t) => slots.some((slot) => slot && slot.opens < t.to && slot.closes > t.from));
}

/** The words for the times of day (src/i18n/<lang>.ts `booking.form.timesOfDay`). */
export interface TimeOfDayWords {
  labels: Record<TimeOfDay['value'], string>;
  /** A whole hour on the practice's clock: 12 → "12 noon", 17 → "5 pm" or "17:00". */
  hour(hour: number, hourCycle: 12 | 24): string;
  before(time: string): string;
  between(from: string, to: string): string;
  after(time: string): string;
}

/** Times of day as choices: "Morning", hinted "before 12 noon" (or "before 12:00" on a 24-hour clock). */
export function timeOfDayChoices(times: readonly TimeOfDay[], words: TimeOfDayWords, hourCycle: 12 | 24): Choice[] {
  const at = (time: string) => words.hour(Number(time.slice(0, 2)), hourCycle);
  return times.map((t) => ({
    value: t.value,
    label: words.labels[t.value],
    hint: t.from === '00:00' ? words.before(at(t.to)) : t.to === '24:00' ? words.after(at(t.from)) : words.between(at(t.from), at(t.to)),
  }));
}

/** Table positions offered (the table-positions guide explains each); "not sure" is always fine. Words: `booking.form.positions`. */
export const TABLE_POSITIONS = ['on my stomach', 'on my side', 'reclined chair', 'not sure'] as const;
export type TablePosition = (typeof TABLE_POSITIONS)[number];

interface LocationLike {
  id: string;
  name: string;
  address: { street: string; city: string };
}

/** Location choices, plus "no preference" (`either`, in the page's words) when there is more than one. */
export function locationChoices(locations: LocationLike[], either: string): Choice[] {
  const choices: Choice[] = locations.map((l) => ({ value: l.id, label: l.name, hint: `${l.address.street}, ${l.address.city}` }));
  if (choices.length > 1) choices.push({ value: 'either', label: either });
  return choices;
}
