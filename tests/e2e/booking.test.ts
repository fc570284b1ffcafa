// The booking form in Chromium against the local booking inbox of `npm start`
// (scripts/booking-inbox.mjs) on loopback; the test build posts to TEST_BOOKING_ENDPOINT. A request
// arrives whole with JavaScript on and off, every failure keeps every value and says what to do,
// nothing is sent twice, invalid answers and an emergency "yes" send nothing. The important
// scenarios run again on the Spanish form (/es/book/), with the same build, browser and inbox.
// One file, because the inbox owns one fixed port.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { serveDist, type StaticServer } from '../helpers/staticServer';
import { distDir, tmpDir, TEST_BOOKING_PORT } from '../helpers/paths';
import { startInbox } from '../../scripts/booking-inbox.mjs';
import { AXE_TAGS } from '../helpers/axe';
import { root } from '../helpers/paths';
import { parse } from 'yaml';
import { DAY_LABELS, openDays } from '../../src/lib/booking/fields';

// The practice's own details, so the test follows the content (demo today, real later).
const practice = parse(readFileSync(`${root}content/practice/site.yaml`, 'utf8'));
/** Its Spanish wording (/es/ pages): the emergency sentence and the locations' names. */
const practiceEs = parse(readFileSync(`${root}content/es/practice.yaml`, 'utf8')) as { emergencyWording: string; locations: Record<string, { name?: string }> };
const locations = parse(readFileSync(`${root}content/practice/locations.yaml`, 'utf8')) as { id: string; name: string; hours: Record<string, unknown[]> }[];
const place = locations[0]!;
const [keyOne, keyTwo] = openDays([place.hours as never]);
const [dayOne, dayTwo] = [keyOne!, keyTwo!].map((d) => DAY_LABELS[d]);
/** A day offered on the form that the test leaves unticked. */
const keyUnticked = openDays(locations.map((l) => l.hours as never)).find((d) => d !== keyOne && d !== keyTwo)!;
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

type Lang = 'en' | 'es';
/**
 * What the visitor reads, per language: written out here rather than taken from src/i18n/,
 * so the test also checks the words themselves. The values sent are the same in both.
 */
const WORDS = {
  en: {
    path: 'book/',
    groups: { 'Emergency signs': /Emergency signs/, today: /today/, soon: /soon/ },
    answers: { Yes: 'Yes', No: 'No' },
    days: DAY_LABELS,
    place: literally(place.name),
    name: 'Your name',
    email: 'Email address',
    phone: /Phone number/,
    morning: /Morning/,
    firstVisit: 'No, this is my first visit',
    reason: 'What brings you to us?',
    impact: /How does it affect your day/,
    onMySide: 'On my side',
    consent: /You may phone or email me/,
    send: 'Send booking request',
    thanks: 'Thank you: your request was sent',
    emergency: 'Get emergency help now. Do not book a massage.',
    emergencyWording: String(practice.emergencyWording),
    call: `Call ${practice.emergencyNumber}`,
    whatToSay: 'What to say',
  },
  es: {
    path: 'es/book/',
    groups: { 'Emergency signs': /Señales de emergencia/, today: /médico hoy/, soon: /médico pronto/ },
    answers: { Yes: 'Sí', No: 'No' },
    days: { monday: 'Lunes', tuesday: 'Martes', wednesday: 'Miércoles', thursday: 'Jueves', friday: 'Viernes', saturday: 'Sábado', sunday: 'Domingo' },
    place: literally(practiceEs.locations[place.id]?.name ?? place.name),
    name: 'Su nombre',
    email: 'Correo electrónico',
    phone: /Número de teléfono/,
    morning: /Por la mañana/,
    firstVisit: 'No, es mi primera visita',
    reason: '¿Por qué pide la cita?',
    impact: /Cómo afecta su día a día/,
    onMySide: 'De lado',
    consent: /Pueden llamarme o escribirme/,
    send: 'Enviar solicitud de cita',
    thanks: 'Gracias: su solicitud se envió',
    emergency: 'Busque ayuda de emergencia ahora. No pida una cita de masaje.',
    emergencyWording: practiceEs.emergencyWording,
    call: `Llame al ${practice.emergencyNumber}`,
    whatToSay: 'Qué decir',
  },
} satisfies Record<Lang, unknown>;

let browser: Browser;
let server: StaticServer;
let receiver: Awaited<ReturnType<typeof startInbox>>;
const contexts: BrowserContext[] = [];
/** The inbox on the port the test build posts to, its file in the run's scratch space. */
const startReceiver = () =>
  startInbox({ port: TEST_BOOKING_PORT, thanksUrl: `${server.url}book/thanks/`, quiet: true, file: join(mkdtempSync(join(tmpDir, 'inbox-')), 'requests.jsonl') });

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(distDir)]);
  receiver = await startReceiver();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await receiver?.close();
});
beforeEach(() => {
  receiver.requests.length = 0;
  receiver.respondWith('ok');
  return async () => {
    while (contexts.length) await contexts.pop()!.close();
  };
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function openForm(
  options: { javaScript?: boolean; width?: number; axe?: boolean; colorScheme?: 'light' | 'dark'; clock?: boolean; lang?: Lang } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 375, height: 800 },
    javaScriptEnabled: options.javaScript ?? true,
    colorScheme: options.colorScheme ?? 'light',
  });
  contexts.push(context);
  // An init script, because the page's CSP (rightly) refuses an injected <script>.
  if (options.axe) await context.addInitScript({ content: axeSource });
  // Playwright's fake clock, for a test that runs the page's timers forward instead of waiting.
  if (options.clock) await context.clock.install();
  const page = await context.newPage();
  await page.goto(`${server.url}${WORDS[options.lang ?? 'en'].path}`);
  return page;
}

const group = (page: Page, name: RegExp | string) => page.getByRole('group', { name });
const safety = (page: Page, which: 'Emergency signs' | 'today' | 'soon', answer: 'Yes' | 'No', lang: Lang = 'en') =>
  group(page, WORDS[lang].groups[which]).getByRole('radio', { name: WORDS[lang].answers[answer] }).check();

const TYPED = {
  name: 'Ana Ruiz',
  email: 'ana@example.com',
  phone: '(555) 010-2000',
  reason: 'Pain down my left leg for three weeks, worse when I sit.',
  impact: 'I cannot sit through a work meeting.',
};

/** What reaches the provider from a form filled by fillValid(): the same values from either language. */
const sentFields = (language: Lang, subject: string) => ({
  _subject: subject,
  safety_check: 'No warning signs reported',
  language,
  emergency_signs: 'no',
  urgent_signs: 'no',
  doctor_signs: 'no',
  name: TYPED.name,
  email: TYPED.email,
  phone: TYPED.phone,
  location: place.id,
  days: `${dayOne}, ${dayTwo}`,
  time_of_day: 'morning',
  visit: 'first visit',
  reason: TYPED.reason,
  impact: TYPED.impact,
  table_position: 'on my side',
  consent: 'yes',
  _gotcha: '',
});

async function fillValid(page: Page, answers: { urgent?: 'Yes' | 'No'; lang?: Lang } = {}) {
  const lang = answers.lang ?? 'en';
  const w = WORDS[lang];
  await safety(page, 'Emergency signs', 'No', lang);
  await safety(page, 'today', answers.urgent ?? 'No', lang);
  await safety(page, 'soon', 'No', lang);
  await page.getByLabel(w.name).fill(TYPED.name);
  await page.getByLabel(w.email).fill(TYPED.email);
  await page.getByLabel(w.phone).fill(TYPED.phone);
  await page.getByRole('radio', { name: w.place }).check();
  await page.getByRole('checkbox', { name: w.days[keyOne!] }).check();
  await page.getByRole('checkbox', { name: w.days[keyTwo!] }).check();
  await page.getByRole('checkbox', { name: w.morning }).check();
  await page.getByRole('radio', { name: w.firstVisit }).check();
  await page.getByLabel(w.reason).fill(TYPED.reason);
  await page.getByLabel(w.impact).fill(TYPED.impact);
  await page.getByRole('radio', { name: w.onMySide }).check();
  await page.getByRole('checkbox', { name: w.consent }).check();
}

/** Every value typed by fillValid is still on the page. */
async function expectValuesKept(page: Page, answers: { urgent?: 'Yes' | 'No'; lang?: Lang } = {}) {
  const w = WORDS[answers.lang ?? 'en'];
  expect(await page.getByLabel(w.name).inputValue()).toBe(TYPED.name);
  expect(await page.getByLabel(w.email).inputValue()).toBe(TYPED.email);
  expect(await page.getByLabel(w.phone).inputValue()).toBe(TYPED.phone);
  expect(await page.getByLabel(w.reason).inputValue()).toBe(TYPED.reason);
  expect(await page.getByLabel(w.impact).inputValue()).toBe(TYPED.impact);
  for (const name of [w.place, w.firstVisit, w.onMySide]) {
    expect(await page.getByRole('radio', { name }).isChecked(), String(name)).toBe(true);
  }
  for (const name of [w.days[keyOne!], w.days[keyTwo!], w.morning, w.consent]) {
    expect(await page.getByRole('checkbox', { name }).isChecked(), String(name)).toBe(true);
  }
  expect(await page.getByRole('checkbox', { name: w.days[keyUnticked] }).isChecked()).toBe(false);
  expect(await group(page, w.groups['Emergency signs']).getByRole('radio', { name: w.answers.No }).isChecked()).toBe(true);
  expect(await group(page, w.groups.today).getByRole('radio', { name: w.answers[answers.urgent ?? 'No'] }).isChecked()).toBe(true);
}

const send = (page: Page, lang: Lang = 'en') => page.getByRole('button', { name: WORDS[lang].send }).click();
const failureBox = (page: Page) => page.locator('[data-failure]');

/** What axe finds wrong on the page as it is now (a page opened with `axe: true`). */
async function violations(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const run = (window as unknown as { axe: { run(d: Document, o: object): Promise<Result> } }).axe.run;
    const result = await run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE_TAGS);
}
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id);

describe('a request arrives', () => {
  it('with JavaScript: every field, as a form post asking for JSON; the visitor sees it was sent', async () => {
    const page = await openForm();
    await fillValid(page);
    await send(page);
    const [request] = await receiver.waitForRequests(1);
    expect(request!.accept).toContain('application/json');
    expect(request!.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(request!.fields).toEqual(sentFields('en', 'Booking request from Ana Ruiz'));
    const thanks = page.getByRole('heading', { name: 'Thank you: your request was sent' });
    await thanks.waitFor();
    expect(await activeId(page)).toBe('bk-success');
    expect(await page.locator('form[data-booking]').isVisible()).toBe(false);
    // Sent means forgotten: a reload starts from an empty form.
    await page.reload();
    expect(await page.getByLabel('Your name').inputValue()).toBe('');
  });

  it('without JavaScript: the browser posts the form itself and lands on /book/thanks/', async () => {
    const page = await openForm({ javaScript: false });
    await fillValid(page);
    await send(page);
    await page.waitForURL(/\/book\/thanks\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Thank you: your request was sent');
    const [request] = await receiver.waitForRequests(1);
    expect(request!.accept).not.toContain('application/json');
    expect(request!.fields).toMatchObject({
      language: 'en',
      name: TYPED.name,
      email: TYPED.email,
      phone: TYPED.phone,
      location: place.id,
      'days[]': [dayOne, dayTwo],
      'time_of_day[]': 'morning',
      visit: 'first visit',
      reason: TYPED.reason,
      impact: TYPED.impact,
      table_position: 'on my side',
      consent: 'yes',
      emergency_signs: 'no',
      urgent_signs: 'no',
      doctor_signs: 'no',
      _gotcha: '',
    });
    expect(request!.fields['_subject']).toMatch(/^Booking request/);
  });

  it('an urgent sign shows the advice to see a doctor today, and the request still goes, marked', async () => {
    const page = await openForm();
    await fillValid(page, { urgent: 'Yes' });
    expect(await page.getByRole('heading', { name: 'See a doctor today, before any massage.' }).isVisible()).toBe(true);
    await send(page);
    const [request] = await receiver.waitForRequests(1);
    expect(request!.fields['_subject']).toBe('URGENT SIGN – booking request from Ana Ruiz (advised to see a doctor first)');
    expect(request!.fields['safety_check']).toMatch(/^URGENT sign reported/);
    await page.getByRole('heading', { name: 'Thank you: your request was sent' }).waitFor();
    expect(await page.getByText('Please see a doctor before your massage.').isVisible()).toBe(true);
  });
});

describe('when sending fails, nothing typed is lost', () => {
  it('a 500: says so with the phone and email; "Try again" sends it once the service is back', async () => {
    receiver.respondWith('error500');
    const page = await openForm();
    await fillValid(page);
    await send(page);
    await failureBox(page).waitFor();
    const text = await failureBox(page).innerText();
    expect(text).toContain('Your request was not sent');
    expect(text).toContain('(error 500)');
    expect(text).toContain(practice.phone);
    expect(text).toContain(practice.email);
    expect(await activeId(page)).toBe('bk-failure');
    await expectValuesKept(page);

    receiver.respondWith('ok');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Thank you: your request was sent' }).waitFor();
    expect(receiver.requests).toHaveLength(2);
  });

  it("a 422 with field errors: the provider's complaint is shown on the field it is about", async () => {
    receiver.respondWith('invalid', { errors: [{ field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' }] });
    const page = await openForm();
    await fillValid(page);
    await send(page);
    await failureBox(page).waitFor();
    expect(await failureBox(page).innerText()).toContain('did not accept some answers');
    const email = page.getByLabel('Email address');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain('bk-email-error');
    expect(await page.locator('#bk-email-error').textContent()).toBe('Error: Enter an email address like name@example.com');
    await expectValuesKept(page);
  });

  it('a closed port: says the service could not be reached; the values survive a reload', async () => {
    await receiver.close();
    try {
      const page = await openForm();
      await fillValid(page);
      await send(page);
      await failureBox(page).waitFor();
      expect(await failureBox(page).innerText()).toContain('We could not reach the booking service');
      await expectValuesKept(page);
      await page.reload();
      await page.getByLabel('Your name').waitFor();
      await expectValuesKept(page);
    } finally {
      receiver = await startReceiver();
    }
  });

  it('no answer within 8 seconds: the visitor is told it took too long, with every value kept', async () => {
    // The inbox holds its answer for 10 real seconds; the page's clock is run forward instead
    // of waiting: 7.9 seconds leave the request pending, the 8th gives up on it.
    receiver.respondWith('slow', { delayMs: 10_000 });
    const page = await openForm({ clock: true });
    await fillValid(page);
    // From here the page's time moves only when the test says.
    await page.clock.pauseAt(Date.now() + 60_000);
    await send(page);
    const button = page.locator('[data-submit]');
    expect(await button.textContent()).toBe('Sending…');
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    await receiver.waitForRequests(1);
    await page.clock.runFor(7_900);
    expect(await failureBox(page).isVisible()).toBe(false);
    expect(await button.textContent()).toBe('Sending…');
    await page.clock.runFor(100);
    await failureBox(page).waitFor({ timeout: 5_000 });
    const text = await failureBox(page).innerText();
    expect(text).toContain('We could not confirm your request');
    expect(text).toContain('took too long');
    expect(text).toContain(practice.phone);
    expect(await button.textContent()).toBe('Send booking request');
    await expectValuesKept(page);
  });
});

describe('nothing is sent that should not be', () => {
  it('a double click (and an Enter on top) sends one request', async () => {
    receiver.respondWith('slow', { delayMs: 1000 });
    const page = await openForm();
    await fillValid(page);
    await page.getByRole('button', { name: 'Send booking request' }).dblclick();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Thank you: your request was sent' }).waitFor();
    await page.waitForTimeout(300);
    expect(receiver.requests).toHaveLength(1);
  });

  it('invalid answers: nothing is sent, each field is marked, and the summary takes focus', async () => {
    const page = await openForm();
    await page.getByLabel('Email address').fill('ana@example');
    await send(page);
    const summary = page.locator('[data-error-summary]');
    await summary.waitFor();
    expect(await activeId(page)).toBe('bk-error-summary');
    const items = await summary.getByRole('link').allInnerTexts();
    expect(items).toEqual([
      'Answer yes or no to the question about emergency signs',
      'Answer yes or no to the question about signs to see a doctor today',
      'Answer yes or no to the question about signs to see a doctor soon',
      'Enter your name',
      'Enter an email address like name@example.com',
      'Choose where you would like to come',
      'Say whether this is your first visit',
      'Tell us briefly what brings you to us',
      'Tick the box to let us contact you about this request',
    ]);
    for (const label of ['Your name', 'Email address', 'What brings you to us?']) {
      expect(await page.getByLabel(label).getAttribute('aria-invalid'), label).toBe('true');
    }
    for (const field of ['emergency_signs', 'urgent_signs', 'doctor_signs', 'location', 'visit', 'consent']) {
      expect(await page.locator(`[data-field="${field}"]`).getAttribute('class'), field).toContain('has-error');
      expect(await page.locator(`#bk-${field}-error`).isVisible(), field).toBe(true);
    }
    // A link in the summary takes the visitor to the field; fixing it clears its message.
    await summary.getByRole('link', { name: 'Enter your name' }).click();
    expect(await activeId(page)).toBe('bk-name');
    await page.keyboard.type('Ana');
    expect(await page.locator('#bk-name-error').isVisible()).toBe(false);
    expect(await page.getByLabel('Your name').getAttribute('aria-invalid')).toBeNull();
    await page.waitForTimeout(300);
    expect(receiver.requests).toHaveLength(0);
  });

  it('the honeypot is hidden from people and screen readers and cannot take focus', async () => {
    const page = await openForm({ width: 1280 });
    const honeypot = page.locator('input[name="_gotcha"]');
    expect(await honeypot.count(), 'the form has its honeypot field').toBe(1);
    expect(await honeypot.isVisible()).toBe(false);
    expect(await honeypot.evaluate((el) => Boolean(el.closest('[aria-hidden="true"]')))).toBe(true);
    expect(await honeypot.evaluate((el) => (el as HTMLInputElement).tabIndex)).toBe(-1);
    expect(await honeypot.evaluate((el) => { (el as HTMLInputElement).focus(); return document.activeElement === el; })).toBe(false);
    // Tab through the whole page: it never lands there.
    const seen = new Set<string>();
    await page.getByLabel('Your name').focus();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      seen.add(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? ''));
    }
    expect(seen.has('consent')).toBe(true);
    expect(seen.has('_gotcha')).toBe(false);
  });

  // The Spanish run (script on: hiding the form without it is the same CSS in both languages)
  // also proves the guidance is in Spanish with the practice's own Spanish emergency sentence.
  for (const [javaScript, lang] of [[true, 'en'], [false, 'en'], [true, 'es']] as const) {
    it(`an emergency "yes" replaces the form with emergency guidance and sends nothing (JavaScript ${javaScript ? 'on' : 'off'}, ${lang})`, async () => {
      const w = WORDS[lang];
      const page = await openForm({ javaScript, lang });
      await fillValid(page, { lang });
      await safety(page, 'Emergency signs', 'Yes', lang);
      const guidance = page.getByRole('heading', { name: w.emergency });
      expect(await guidance.isVisible()).toBe(true);
      const sentence = `${w.emergencyWording[0]!.toUpperCase()}${w.emergencyWording.slice(1)}.`;
      expect(await page.locator('#bk-emergency-guidance .guidance-lead').innerText()).toBe(sentence);
      expect(await page.getByRole('link', { name: w.call }).getAttribute('href')).toBe(`tel:${practice.emergencyNumber}`);
      expect(await page.getByRole('heading', { name: w.whatToSay }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: w.send }).isVisible()).toBe(false);
      expect(await page.getByLabel(w.name).isVisible()).toBe(false);
      // Enter in the last answer, or a script-driven submit, still sends nothing.
      await group(page, w.groups['Emergency signs']).getByRole('radio', { name: w.answers.Yes }).press('Enter');
      if (javaScript) {
        await page.evaluate(() => document.querySelector<HTMLFormElement>('form[data-booking]')!.requestSubmit());
        expect(await activeId(page)).toBe('bk-emergency-guidance');
      }
      await page.waitForTimeout(500);
      expect(receiver.requests).toHaveLength(0);
      expect(page.url()).toBe(`${server.url}${w.path}`);
    });
  }
});

describe('the form on a phone and for assistive technology', () => {
  it('axe finds nothing with errors, a failure message or the emergency guidance showing', async () => {
    receiver.respondWith('error500');
    const page = await openForm({ axe: true });
    await send(page);
    expect(await violations(page)).toEqual([]);
    await fillValid(page);
    await safety(page, 'today', 'Yes');
    await send(page);
    await failureBox(page).waitFor();
    expect(await violations(page)).toEqual([]);
    await safety(page, 'Emergency signs', 'Yes');
    expect(await violations(page)).toEqual([]);
  });

  it('axe finds nothing in the dark colour scheme either, errors and guidance showing', async () => {
    const page = await openForm({ axe: true, colorScheme: 'dark' });
    await send(page);
    await safety(page, 'today', 'Yes');
    await safety(page, 'soon', 'Yes');
    expect(await violations(page)).toEqual([]);
    await safety(page, 'Emergency signs', 'Yes');
    expect(await violations(page)).toEqual([]);
  });

  it('at 375 px nothing scrolls sideways, and every answer is a target at least 44 px high', async () => {
    const page = await openForm({ width: 375 });
    await send(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const heights = await page.locator('.choice, form input[type="text"], form input[type="email"], form input[type="tel"], [data-submit]').evaluateAll((els) =>
      els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.getBoundingClientRect().height),
    );
    expect(heights.length).toBeGreaterThan(20);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
  });
});

describe('en español (/es/book/): the same form, every word in Spanish, the request marked Spanish', () => {
  it('invalid answers: the summary and each field say what to fix in Spanish; axe finds nothing', async () => {
    const page = await openForm({ lang: 'es', axe: true });
    await page.getByLabel(WORDS.es.email).fill('ana@example');
    await send(page, 'es');
    const summary = page.locator('[data-error-summary]');
    await summary.waitFor();
    expect(await activeId(page)).toBe('bk-error-summary');
    expect(await summary.getByRole('heading').innerText()).toBe('Revise sus respuestas');
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Conteste sí o no a la pregunta sobre señales de emergencia',
      'Conteste sí o no a la pregunta sobre señales para ver a un médico hoy',
      'Conteste sí o no a la pregunta sobre señales para ver a un médico pronto',
      'Escriba su nombre',
      'Escriba un correo electrónico como nombre@ejemplo.com',
      'Elija adónde quiere venir',
      'Diga si es su primera visita',
      'Cuéntenos en pocas palabras por qué pide la cita',
      'Marque la casilla para que podamos comunicarnos con usted sobre esta solicitud',
    ]);
    expect(await page.locator('#bk-name-error').textContent()).toBe('Error: Escriba su nombre');
    expect(await page.getByLabel(WORDS.es.name).getAttribute('aria-invalid')).toBe('true');
    expect(await violations(page)).toEqual([]);
    // Fixing an answer clears its message, as in English.
    await summary.getByRole('link', { name: 'Escriba su nombre' }).click();
    await page.keyboard.type('Ana');
    expect(await page.locator('#bk-name-error').isVisible()).toBe(false);
    expect(receiver.requests).toHaveLength(0);
  });

  it('the provider fails: Spanish messages, everything typed kept; then the request arrives marked Spanish, with the same values', async () => {
    receiver.respondWith('invalid', { errors: [{ field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' }] });
    const page = await openForm({ lang: 'es' });
    await fillValid(page, { lang: 'es' });
    await send(page, 'es');
    await failureBox(page).waitFor();
    expect(await failureBox(page).innerText()).toContain('El servicio de citas no aceptó algunas respuestas');
    expect(await page.locator('#bk-email-error').textContent()).toBe('Error: Escriba un correo electrónico como nombre@ejemplo.com');

    receiver.respondWith('error500');
    await page.getByRole('button', { name: 'Intentar de nuevo' }).click();
    await expect.poll(() => failureBox(page).innerText()).toContain('(error 500)');
    const text = await failureBox(page).innerText();
    expect(text).toContain('Su solicitud no se envió');
    expect(text).toContain('El servicio de citas tuvo un problema (error 500).');
    expect(text).toContain('Todo lo que escribió sigue aquí');
    expect(text).toContain(practice.phone);
    expect(text).toContain(practice.email);
    await expectValuesKept(page, { lang: 'es' });

    // Back, but slow: the button says it is sending, in Spanish, until the answer comes.
    receiver.respondWith('slow', { delayMs: 1000 });
    await page.getByRole('button', { name: 'Intentar de nuevo' }).click();
    expect(await page.locator('[data-submit]').textContent()).toBe('Enviando…');
    expect(await page.locator('[data-send-status]').textContent()).toBe('Enviando su solicitud de cita…');
    await page.getByRole('heading', { name: WORDS.es.thanks }).waitFor();
    const requests = await receiver.waitForRequests(3);
    expect(requests.at(-1)!.fields).toEqual(sentFields('es', 'Booking request in Spanish from Ana Ruiz'));
  });
});
