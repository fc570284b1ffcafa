// The booking form's pure parts: endpoint rules, the checks before sending, the safety check,
// the posted body, and how providers' answers are read.
import { describe, expect, it } from 'vitest';
import { LOCAL_INBOX_ENDPOINT, bookingSetup, checkBookingEndpoint, endpointLabel, isLoopbackHost } from '../../src/lib/booking/endpoint';
import {
  FIELD,
  SAFETY_FIELDS,
  TIMES_OF_DAY,
  isPhoneNumber,
  locationChoices,
  openDays,
  openTimesOfDay,
  timeOfDayChoices,
  validateBooking,
  valuesFrom,
  type BookingValues,
} from '../../src/lib/booking/fields';
import { assessSafety, blocksBooking, bookingSubject, plainSubject, safetyGroups, safetySummary } from '../../src/lib/booking/safety';
import { buildBookingPayload } from '../../src/lib/booking/payload';
import { failureReason, parseBookingResponse, providerFieldMessage } from '../../src/lib/booking/response';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { bookingEndpointCheck } from '../../src/integrations/bookingEndpointCheck';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { root } from '../helpers/paths';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

describe('endpoint validation', () => {
  it('accepts https addresses of the common providers', () => {
    for (const url of ['https://formspree.io/f/xyzabc12', 'https://usebasin.com/f/0a1b2c3d', 'https://submit-form.com/AbC123', 'https://getform.io/f/abc']) {
      expect(checkBookingEndpoint(url)).toEqual({ ok: true, url, local: false });
    }
  });
  it('accepts plain http only on loopback addresses', () => {
    expect(checkBookingEndpoint('http://127.0.0.1:8787/f/local')).toMatchObject({ ok: true, local: true });
    expect(checkBookingEndpoint('http://localhost:8787/f/local')).toMatchObject({ ok: true, local: true });
    expect(checkBookingEndpoint('http://[::1]:8787/f/local')).toMatchObject({ ok: true, local: true });
    const plain = checkBookingEndpoint('http://formspree.io/f/xyz');
    expect(plain.ok).toBe(false);
    expect(!plain.ok && plain.message).toMatch(/must use https:\/\/.*loopback/);
  });
  it('rejects what is not a web address, other schemes and embedded passwords, saying how to fix it', () => {
    const messages = ['formspree.io/f/xyz', 'ftp://example.com/f', 'javascript:alert(1)', 'https://user:secret@forms.example.com/f']
      .map((raw) => checkBookingEndpoint(raw))
      .map((r) => (r.ok ? 'accepted' : r.message));
    expect(messages[0]).toMatch(/is not a web address: "formspree\.io\/f\/xyz".*PUBLIC_BOOKING_ENDPOINT=https:\/\/formspree\.io/);
    expect(messages[1]).toMatch(/must be an https:\/\/ address/);
    expect(messages[2]).toMatch(/must be an https:\/\/ address/);
    expect(messages[3]).toMatch(/must not contain a user name or password/);
  });
  it('knows loopback hosts and nothing else', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', 'app.localhost', '[::1]', '::1'].every(isLoopbackHost)).toBe(true);
    expect(['128.0.0.1', '127.0.0.1.example.com', 'example.com', '10.0.0.1', '0.0.0.0'].some(isLoopbackHost)).toBe(false);
  });
  it('fails a production build without an endpoint unless booking is by phone only', () => {
    expect(() => bookingSetup({ endpoint: undefined, mode: 'form', command: 'build' })).toThrow(/PUBLIC_BOOKING_ENDPOINT is not set.*phone-only/s);
    expect(() => bookingSetup({ endpoint: '  ', mode: 'form', command: 'build' })).toThrow(/is not set/);
    expect(bookingSetup({ endpoint: undefined, mode: 'phone-only', command: 'build' })).toEqual({ kind: 'phone-only' });
    expect(bookingSetup({ endpoint: undefined, mode: 'form', command: 'dev' })).toEqual({ kind: 'form', endpoint: LOCAL_INBOX_ENDPOINT, local: true });
    expect(bookingSetup({ endpoint: 'https://formspree.io/f/x', mode: 'form', command: 'build' })).toEqual({ kind: 'form', endpoint: 'https://formspree.io/f/x', local: false });
    expect(bookingSetup({ endpoint: 'https://formspree.io/f/x', mode: 'phone-only', command: 'build' })).toEqual({ kind: 'phone-only' });
    expect(() => bookingSetup({ endpoint: 'http://forms.example.com/f', mode: 'form', command: 'build' })).toThrow(/https/);
  });
  it('names the destination in the privacy note', () => {
    expect(endpointLabel('https://www.formspree.io/f/x', en.booking.form.localInbox)).toBe('formspree.io');
    expect(endpointLabel('http://127.0.0.1:8787/f/local', en.booking.form.localInbox)).toBe('the local booking inbox');
    expect(endpointLabel('http://127.0.0.1:8787/f/local', es.booking.form.localInbox)).toBe('un buzón de citas local');
  });
});

const good = (overrides: BookingValues = {}): BookingValues => ({
  [FIELD.emergency]: ['no'],
  [FIELD.urgent]: ['no'],
  [FIELD.doctor]: ['no'],
  [FIELD.name]: ['  Ana Ruiz '],
  [FIELD.email]: ['ana@example.com'],
  [FIELD.phone]: ['(555) 010-2000'],
  [FIELD.location]: ['riverside'],
  [FIELD.days]: ['Monday', 'Thursday'],
  [FIELD.timeOfDay]: ['morning'],
  [FIELD.visit]: ['first visit'],
  [FIELD.reason]: ['Pain down my left leg for three weeks.'],
  [FIELD.impact]: [''],
  [FIELD.position]: ['on my side'],
  [FIELD.consent]: ['yes'],
  [FIELD.honeypot]: [''],
  [FIELD.subject]: ['Booking request (Demo)'],
  ...overrides,
});
const options = { requirePhone: false, safetyFields: SAFETY_FIELDS, locationChoice: true, messages: en.booking.messages.fields };
const m = en.booking.messages;

describe('the build hook (bookingEndpointCheck in astro.config.mjs)', () => {
  /** A project root whose content/practice/site.yaml takes bookings in `mode`. */
  const projectIn = (mode: 'form' | 'phone-only') => {
    const dir = mkdtempSync(join(tmpdir(), `booking-${mode}-`));
    mkdirSync(join(dir, 'content/practice'), { recursive: true });
    // The real settings with the mode changed: the hook reads them through the content check.
    const settings = readFileSync(join(root, 'content/practice/site.yaml'), 'utf8').replace(/^(\s+mode:) .*$/m, `$1 ${mode}`);
    writeFileSync(join(dir, 'content/practice/site.yaml'), settings);
    return pathToFileURL(`${dir}/`);
  };
  const form = projectIn('form');
  const phoneOnly = projectIn('phone-only');
  /** Runs the integration's astro:config:setup hook as Astro does, with only what it reads. */
  const setup = (endpoint: string | undefined, command: 'build' | 'dev' | 'preview' | 'sync', root: URL) => () =>
    (bookingEndpointCheck({ endpoint }).hooks['astro:config:setup'] as (params: unknown) => void)({ command, config: { root } });

  it('fails a build in form mode without an endpoint, saying how to set one or switch to phone-only', () => {
    expect(setup(undefined, 'build', form)).toThrow(/^Booking form: PUBLIC_BOOKING_ENDPOINT is not set.*mode: phone-only/s);
    expect(setup('', 'build', form)).toThrow(/PUBLIC_BOOKING_ENDPOINT is not set/);
  });

  it('fails on plain http to anything but a loopback address, in build and dev', () => {
    expect(setup('http://forms.example.com/f/abc', 'build', form)).toThrow(/PUBLIC_BOOKING_ENDPOINT must use https:\/\//);
    expect(setup('http://forms.example.com/f/abc', 'dev', form)).toThrow(/must use https/);
    expect(setup('http://127.0.0.1:8787/f/local', 'build', form)).not.toThrow();
  });

  it('passes an https endpoint, a phone-only practice without one, and commands that build nothing', () => {
    expect(setup('https://formspree.io/f/abcd1234', 'build', form)).not.toThrow();
    expect(setup(undefined, 'build', phoneOnly)).not.toThrow();
    expect(setup(undefined, 'dev', form)).not.toThrow();
    expect(setup(undefined, 'preview', form)).not.toThrow();
    expect(setup('http://forms.example.com/f/abc', 'sync', form)).not.toThrow();
  });

});

describe('checks before sending', () => {
  it('passes a complete request', () => {
    expect(validateBooking(good(), options)).toEqual([]);
  });
  it('names every missing answer, in the order of the form', () => {
    const errors = validateBooking({ [FIELD.consent]: [] }, options);
    expect(errors.map((e) => e.field)).toEqual([
      FIELD.emergency,
      FIELD.urgent,
      FIELD.doctor,
      FIELD.name,
      FIELD.email,
      FIELD.location,
      FIELD.visit,
      FIELD.reason,
      FIELD.consent,
    ]);
    expect(errors.find((e) => e.field === FIELD.emergency)?.message).toBe('Answer yes or no to the question about emergency signs');
    expect(errors.find((e) => e.field === FIELD.doctor)?.message).toBe('Answer yes or no to the question about signs to see a doctor soon');
    expect(errors.find((e) => e.field === FIELD.consent)?.message).toMatch(/Tick the box/);
  });
  it('checks the email and phone formats; the phone is required only when the practice says so', () => {
    const bad = validateBooking(good({ [FIELD.email]: ['ana@example'], [FIELD.phone]: ['call me'] }), options);
    expect(bad).toEqual([
      { field: FIELD.email, message: 'Enter an email address like name@example.com' },
      { field: FIELD.phone, message: 'Enter a phone number using digits, like 555 010 4477' },
    ]);
    expect(validateBooking(good({ [FIELD.phone]: [''] }), options)).toEqual([]);
    expect(validateBooking(good({ [FIELD.phone]: [''] }), { ...options, requirePhone: true })).toEqual([
      { field: FIELD.phone, message: 'Enter a phone number we can call you on' },
    ]);
    expect(['+1 555 010 4477', '(555) 010-4477', '555.010.4477'].every(isPhoneNumber)).toBe(true);
    expect(['12345', 'five five five', '1234567890123456'].some(isPhoneNumber)).toBe(false);
  });
  it('asks only the safety questions on the page, and no location when there is one', () => {
    const values = good({ [FIELD.doctor]: [], [FIELD.location]: [] });
    expect(validateBooking(values, { ...options, safetyFields: [FIELD.emergency, FIELD.urgent], locationChoice: false })).toEqual([]);
  });
  it('limits free text to what the text box allows', () => {
    const long = 'x'.repeat(1001);
    const errors = validateBooking(good({ [FIELD.name]: ['y'.repeat(101)], [FIELD.reason]: [long], [FIELD.impact]: [long] }), options);
    expect(errors).toEqual([
      { field: FIELD.name, message: 'Your name must be 100 characters or fewer' },
      { field: FIELD.reason, message: 'Keep this to 1000 characters or fewer' },
      { field: FIELD.impact, message: 'Keep this to 1000 characters or fewer' },
    ]);
  });
  it('says it in the page’s language', () => {
    const spanish = { ...options, messages: es.booking.messages.fields };
    expect(validateBooking(good({ [FIELD.email]: ['ana@example'], [FIELD.reason]: ['x'.repeat(1001)] }), spanish)).toEqual([
      { field: FIELD.email, message: 'Escriba un correo electrónico como nombre@ejemplo.com' },
      { field: FIELD.reason, message: 'Escriba 1000 caracteres o menos' },
    ]);
    expect(validateBooking({}, spanish)[0]).toEqual({ field: FIELD.emergency, message: 'Conteste sí o no a la pregunta sobre señales de emergencia' });
  });
  it('reads FormData-style pairs, keeping repeated names and skipping files', () => {
    expect(valuesFrom([['days', 'Monday'], ['days', 'Friday'], ['file', new Blob(['x'])], ['name', 'Ana']])).toEqual({ days: ['Monday', 'Friday'], name: ['Ana'] });
  });
});

describe('safety check', () => {
  const flags = [
    { urgency: 'emergency', check: 'Numbness around your bottom?', title: 'Saddle numbness' },
    { urgency: 'urgent', check: 'Fever with back pain?', title: 'Fever' },
    { urgency: 'emergency', check: 'Trouble peeing?', title: 'Bladder' },
  ];
  it('groups the red flags by urgency and leaves out empty groups', () => {
    const groups = safetyGroups(flags, en.booking.safety.groups);
    expect(groups.map((g) => [g.field, g.checks.map((c) => c.check)])).toEqual([
      [FIELD.emergency, ['Numbness around your bottom?', 'Trouble peeing?']],
      [FIELD.urgent, ['Fever with back pain?']],
    ]);
  });
  it('blocks the request on an emergency "yes" and marks urgent and see-a-doctor answers', () => {
    expect(blocksBooking(assessSafety(good({ [FIELD.emergency]: ['yes'] })))).toBe(true);
    const urgent = assessSafety(good({ [FIELD.urgent]: ['yes'] }));
    expect(blocksBooking(urgent)).toBe(false);
    expect(safetySummary(urgent)).toMatch(/^URGENT sign reported: advised to see a doctor today/);
    expect(bookingSubject('Ana', urgent)).toBe('URGENT SIGN – booking request from Ana (advised to see a doctor first)');
    const doctor = assessSafety(good({ [FIELD.doctor]: ['yes'] }));
    expect(safetySummary(doctor)).toMatch(/^See-a-doctor sign reported/);
    expect(safetySummary(assessSafety(good()))).toBe('No warning signs reported');
    expect(bookingSubject(' ', assessSafety(good()))).toBe('Booking request from a visitor');
  });
  it('says in the subject when the request comes from a page in another language (the practice reads English)', () => {
    expect(bookingSubject('Ana', assessSafety(good()), 'es')).toBe('Booking request in Spanish from Ana');
    expect(bookingSubject('Ana', assessSafety(good({ [FIELD.urgent]: ['yes'] })), 'es')).toBe(
      'URGENT SIGN – booking request in Spanish from Ana (advised to see a doctor first)',
    );
    expect(bookingSubject('Ana', assessSafety(good()), 'en')).toBe('Booking request from Ana');
    expect(plainSubject('Riverside', 'en')).toBe('Booking request – Riverside');
    expect(plainSubject('Riverside', 'es')).toBe('Booking request in Spanish – Riverside');
  });
});

describe('payload builder', () => {
  it('sends every field once, subject and safety line first, text trimmed, several answers joined', () => {
    const body = buildBookingPayload(good(), assessSafety(good()));
    expect([...body.keys()]).toEqual([
      FIELD.subject,
      FIELD.safety,
      FIELD.language,
      FIELD.emergency,
      FIELD.urgent,
      FIELD.doctor,
      FIELD.name,
      FIELD.email,
      FIELD.phone,
      FIELD.location,
      'days',
      'time_of_day',
      FIELD.visit,
      FIELD.reason,
      FIELD.impact,
      FIELD.position,
      FIELD.consent,
      FIELD.honeypot,
    ]);
    expect(body.get(FIELD.subject)).toBe('Booking request from Ana Ruiz');
    expect(body.get(FIELD.safety)).toBe('No warning signs reported');
    expect(body.get(FIELD.language)).toBe('en');
    expect(body.get(FIELD.name)).toBe('Ana Ruiz');
    expect(body.get('days')).toBe('Monday, Thursday');
    expect(body.get('time_of_day')).toBe('morning');
    expect(body.get(FIELD.impact)).toBe('');
    expect(body.get(FIELD.honeypot)).toBe('');
    expect(body.toString()).toContain('email=ana%40example.com');
  });
  it('marks an urgent request in the subject and the safety line', () => {
    const values = good({ [FIELD.urgent]: ['yes'] });
    const body = buildBookingPayload(values, assessSafety(values));
    expect(body.get(FIELD.subject)).toMatch(/^URGENT SIGN/);
    expect(body.get(FIELD.safety)).toMatch(/^URGENT sign reported/);
    expect(body.get(FIELD.urgent)).toBe('yes');
  });
  it('carries the page’s language, third, and says it in the subject', () => {
    const values = good({ [FIELD.language]: ['es'] });
    const body = buildBookingPayload(values, assessSafety(values));
    expect([...body.keys()].slice(0, 4)).toEqual([FIELD.subject, FIELD.safety, FIELD.language, FIELD.emergency]);
    expect(body.get(FIELD.language)).toBe('es');
    expect(body.get(FIELD.subject)).toBe('Booking request in Spanish from Ana Ruiz');
    expect(body.getAll(FIELD.language)).toHaveLength(1);
  });
  it('passes a filled honeypot through untouched for the provider to judge', () => {
    const body = buildBookingPayload(good({ [FIELD.honeypot]: [' http://spam '] }), assessSafety(good()));
    expect(body.get(FIELD.honeypot)).toBe(' http://spam ');
  });
});

describe('provider answers', () => {
  it('reads success from Formspree, Web3Forms, Netlify (empty) and the local inbox', () => {
    expect(parseBookingResponse(200, 'application/json', '{"next":"https://formspree.io/thanks","ok":true}')).toEqual({ ok: true });
    expect(parseBookingResponse(200, 'application/json; charset=utf-8', '{"success":true,"message":"Email sent"}')).toEqual({ ok: true });
    expect(parseBookingResponse(200, 'text/html', '<html>thanks</html>')).toEqual({ ok: true });
    expect(parseBookingResponse(204, null, '')).toEqual({ ok: true });
  });
  it('treats a 2xx that says it failed as a refusal', () => {
    expect(parseBookingResponse(200, 'application/json', '{"success":false,"message":"Invalid access key"}')).toEqual({
      ok: false,
      kind: 'rejected',
      status: 200,
      message: 'Invalid access key',
      fieldErrors: [],
    });
  });
  it("reads Formspree's field errors", () => {
    const outcome = parseBookingResponse(
      422,
      'application/json',
      JSON.stringify({ error: 'Validation errors', errors: [{ field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' }, { code: 'EMPTY', message: 'empty form' }] }),
    );
    expect(outcome).toEqual({
      ok: false,
      kind: 'rejected',
      status: 422,
      message: 'Validation errors',
      fieldErrors: [
        { field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' },
        { field: '', code: 'EMPTY', message: 'empty form' },
      ],
    });
    expect(providerFieldMessage({ field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' }, m)).toBe('Enter an email address like name@example.com');
    expect(providerFieldMessage({ field: 'phone', message: 'must be longer' }, m)).toBe('Must be longer');
    // Providers answer in English: a Spanish page shows its own words instead.
    const spanish = es.booking.messages;
    expect(providerFieldMessage({ field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' }, spanish, 'es')).toBe(spanish.fields.emailFormat);
    expect(providerFieldMessage({ field: 'phone', message: 'must be longer' }, spanish, 'es')).toBe('Revise esta respuesta');
  });
  it('calls 5xx and unreadable answers a server problem', () => {
    expect(parseBookingResponse(500, 'text/html', '<h1>Oops</h1>')).toEqual({ ok: false, kind: 'server', status: 500 });
    expect(parseBookingResponse(503, 'application/json', 'not json')).toEqual({ ok: false, kind: 'server', status: 503 });
  });
  it('says what went wrong in the visitor’s words', () => {
    expect(failureReason({ ok: false, kind: 'timeout' }, m)).toMatch(/took too long.*cannot tell whether your request arrived/);
    expect(failureReason({ ok: false, kind: 'network' }, m)).toMatch(/could not reach the booking service/);
    expect(failureReason({ ok: false, kind: 'server', status: 500 }, m)).toBe('The booking service had a problem (error 500).');
    expect(failureReason({ ok: false, kind: 'rejected', status: 422, message: 'x', fieldErrors: [{ field: 'email', message: 'bad' }] }, m)).toMatch(/marked/);
    expect(failureReason({ ok: false, kind: 'rejected', status: 403, message: 'Form not active', fieldErrors: [] }, m)).toMatch(/did not accept the request: Form not active\.$/);
    expect(failureReason({ ok: false, kind: 'rejected', status: 403, message: '', fieldErrors: [] }, m)).toBe('The booking service did not accept the request.');
    const spanish = es.booking.messages;
    expect(failureReason({ ok: false, kind: 'server', status: 503 }, spanish, 'es')).toBe('El servicio de citas tuvo un problema (error 503).');
    expect(failureReason({ ok: false, kind: 'rejected', status: 403, message: 'Form not active', fieldErrors: [] }, spanish, 'es')).toBe(spanish.rejected);
  });
});

describe('choices offered', () => {
  const riverside = { monday: [{ opens: '09:00', closes: '17:00' }], saturday: [] };
  const hillcrest = { tuesday: [{ opens: '12:00', closes: '20:00' }] };
  it('offers only days and times when a location is open', () => {
    expect(openDays([riverside, hillcrest])).toEqual(['monday', 'tuesday']);
    expect(openTimesOfDay([riverside]).map((t) => t.value)).toEqual(['morning', 'afternoon']);
    expect(openTimesOfDay([riverside, hillcrest]).map((t) => t.value)).toEqual(['morning', 'afternoon', 'evening']);
  });
  it('adds "either" only when there is a choice of location', () => {
    const loc = (id: string) => ({ id, name: id, address: { street: '1 Main St', city: 'Town' } });
    expect(locationChoices([loc('a')], 'Either is fine').map((c) => c.value)).toEqual(['a']);
    expect(locationChoices([loc('a'), loc('b')], 'Either is fine').map((c) => c.value)).toEqual(['a', 'b', 'either']);
  });
  it('words the times of day in the page’s language, on the practice’s clock', () => {
    const hints = (words: typeof en.booking.form.timesOfDay, cycle: 12 | 24) => timeOfDayChoices(TIMES_OF_DAY, words, cycle).map((c) => `${c.label} (${c.hint})`);
    expect(hints(en.booking.form.timesOfDay, 12)).toEqual(['Morning (before 12 noon)', 'Afternoon (12 noon to 5 pm)', 'Evening (after 5 pm)']);
    expect(hints(en.booking.form.timesOfDay, 24)).toEqual(['Morning (before 12:00)', 'Afternoon (12:00 to 17:00)', 'Evening (after 17:00)']);
    expect(hints(es.booking.form.timesOfDay, 12)).toEqual([
      'Por la mañana (antes de las 12 del mediodía)',
      'Por la tarde (de las 12 del mediodía a las 5 p. m.)',
      'Al final de la tarde (después de las 5 p. m.)',
    ]);
    expect(hints(es.booking.form.timesOfDay, 24)[1]).toBe('Por la tarde (de las 12:00 a las 17:00)');
  });
});

describe('the browser script’s words', () => {
  // They travel as text with {placeholders} the script fills in: a translation that lost one
  // would show "(error )"; TypeScript checks the keys, not what is inside the strings.
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
  const flat = (messages: object, prefix = ''): [string, string][] =>
    Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flat(value as object, `${prefix}${key}.`)));
  it('keep every placeholder of the English in each language', () => {
    const spanish = new Map(flat(es.booking.messages));
    for (const [key, text] of flat(en.booking.messages)) expect(placeholders(spanish.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});
