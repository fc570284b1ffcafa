// The booking pages as built: the JavaScript budget, a real form that needs no script, the
// safety check drawn from every red flag, the call to book on every article, and a phone-only
// practice (the variant build) getting a phone panel instead of a form, and the Spanish pages
// (/es/book/, /es/book/thanks/). The build's endpoint rules (no dead form, https only) are unit
// tests of bookingEndpointCheck (tests/unit/booking.test.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { builtPages } from '../helpers/dist';
import { distDir, root, TEST_BOOKING_ENDPOINT, VARIANT, variantDistDir } from '../helpers/paths';
import { openingTag, page$, type CheerioAPI } from '../helpers/html';
import { articlesIn } from '../helpers/contentFiles';
import { SECTIONS } from '../../src/collections';
import { practiceDir } from '../helpers/practiceFixture';
import { en } from '../../src/i18n/en';

const JS_BUDGET = 10 * 1024;
const book = page$('/book/');
const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const asset = (path: string) => readFileSync(join(distDir, path));

/** Every script the page loads up front: its <script src>s and what they import statically, plus inline scripts. */
function pageScripts($: CheerioAPI): { name: string; bytes: number }[] {
  const seen = new Map<string, number>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    const code = asset(path);
    seen.set(path, gz(code));
    // Static imports only: `import("…")` loads later, on use (the header search), and is not shipped with the page.
    for (const [, spec] of code.toString().matchAll(/(?:^|[;\s}])import\s*(?:[^('"]*?\sfrom\s*)?["']([^"']+)["']/g)) {
      visit(new URL(spec!, `http://x${path}`).pathname);
    }
  };
  for (const script of $('script[src]').toArray()) visit(new URL(script.attribs['src']!, 'http://x/').pathname);
  const inline = $('script:not([src]):not([type="application/ld+json"])')
    .toArray()
    .map((el, i) => ({ name: `inline #${i + 1}`, bytes: gz($(el).text()) }));
  return [...[...seen].map(([name, bytes]) => ({ name, bytes })), ...inline];
}

describe('the booking page', () => {
  it(`ships less than ${JS_BUDGET / 1024} KB of JavaScript, gzipped, in all`, () => {
    const scripts = pageScripts(book);
    const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
    const detail = scripts.map((s) => `${s.name} ${s.bytes} B`).join(', ');
    console.info(`/book/ JavaScript: ${total} B gzipped (${detail})`);
    expect(scripts.some((s) => /BookingForm/.test(s.name)), detail).toBe(true);
    expect(total, detail).toBeLessThan(JS_BUDGET);
  });

  it('is a real form that posts to the endpoint without JavaScript', () => {
    const form = book('form[data-booking]');
    expect(form).toHaveLength(1);
    expect(form.attr()).toMatchObject({ method: 'post', action: TEST_BOOKING_ENDPOINT });
    expect(form.attr('enctype')).toBeUndefined();
    const sendButtons = book('button[type="submit"][data-submit]').toArray();
    expect(sendButtons.map((b) => b.attribs['formmethod'])).toEqual([undefined]);
  });

  it('labels every field, with autocomplete and input types a phone keyboard understands', () => {
    const inputs = book('input[name], textarea[name]')
      .toArray()
      .filter((el) => el.attribs['type'] !== 'hidden' && el.attribs['name'] !== 'q');
    const labelled = new Set(book('label[for]').toArray().map((l) => l.attribs['for']));
    for (const input of inputs) expect(labelled.has(input.attribs['id']), openingTag(input)).toBe(true);
    const field = (name: string) => inputs.find((i) => i.attribs['name'] === name)?.attribs;
    expect(field('name')).toMatchObject({ type: 'text', autocomplete: 'name' });
    expect(field('email')).toMatchObject({ type: 'email', autocomplete: 'email' });
    expect(field('phone')).toMatchObject({ type: 'tel', autocomplete: 'tel' });
    expect(field('_gotcha')).toMatchObject({ tabindex: '-1', autocomplete: 'off' });
    for (const name of ['name', 'email', 'reason', 'consent', 'visit', 'location', 'emergency_signs']) {
      expect(inputs.filter((i) => i.attribs['name'] === name).some((i) => 'required' in i.attribs), name).toBe(true);
    }
    // Hints are tied to their fields.
    const email = field('email')!;
    expect(email['aria-describedby']).toBe('bk-email-hint');
    expect(book('#bk-email-hint')).toHaveLength(1);
  });

  it('asks the safety check from every published red flag', () => {
    const text = book('form[data-booking]').text();
    const flags = articlesIn('red-flags').filter((f) => f.data.draft !== true);
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(text, flag.id).toContain(String(flag.data.check));
    expect(text).toContain('Get emergency help now. Do not book a massage.');
    const practice = parse(readFileSync(join(root, 'content/practice/site.yaml'), 'utf8')) as { emergencyNumber: string };
    expect(book(`a[href="tel:${practice.emergencyNumber.replace(/[^\d+]/g, '')}"]`).length).toBeGreaterThan(0);
  });

  it('says in the privacy note where the request goes', () => {
    expect(book('body').text()).toMatch(/your answers go to the local booking inbox/);
  });

  it('sends the page’s language with the request, also without JavaScript', () => {
    expect(book('form[data-booking] input[type="hidden"][name="language"]').attr('value')).toBe('en');
    expect(book('form[data-booking] input[name="_subject"]').attr('value')).toMatch(/^Booking request – /);
  });
});

describe('the booking pages in Spanish (/es/book/, /es/book/thanks/)', () => {
  const libro = page$('/es/book/');
  const practiceEs = parse(readFileSync(join(root, 'content/es/practice.yaml'), 'utf8')) as { emergencyWording: string };

  it('asks the safety check in Spanish: every red flag’s question from its translation', () => {
    const text = libro('form[data-booking]').text();
    const spanish = new Map(articlesIn('es/red-flags').map((f) => [f.id, String(f.data.check)]));
    const flags = articlesIn('red-flags').filter((f) => f.data.draft !== true);
    expect(spanish.size).toBeGreaterThan(0);
    for (const flag of flags) {
      const check = spanish.get(flag.id);
      if (check) expect(text, flag.id).toContain(check);
      if (check) expect(text, flag.id).not.toContain(String(flag.data.check));
    }
    expect(text).toContain('Busque ayuda de emergencia ahora. No pida una cita de masaje.');
    expect(libro('.guidance-emergency .guidance-lead').text()).toBe(`${practiceEs.emergencyWording[0]!.toUpperCase()}${practiceEs.emergencyWording.slice(1)}.`);
  });

  it('shows no English interface words, and sends language=es (subject marked Spanish for the practice)', () => {
    const main = libro('main').text().replace(/\s+/g, ' ');
    // Every English sentence of the booking pages (the short ones like "No" can be Spanish too).
    const english = (words: unknown): string[] =>
      typeof words === 'string' ? [words] : Array.isArray(words) ? words.flatMap(english) : words && typeof words === 'object' ? Object.values(words).flatMap(english) : [];
    const sentences = english({ ...en.booking, messages: undefined }).filter((w) => w.trim().length > 12);
    expect(sentences.length).toBeGreaterThan(40);
    for (const sentence of sentences) expect(main, sentence).not.toContain(sentence.trim());
    expect(libro('html').attr('lang')).toBe('es-US');
    expect(libro('form[data-booking]').attr('aria-label')).toBe('Solicitud de cita');
    expect(libro('form[data-booking] input[type="hidden"][name="language"]').attr('value')).toBe('es');
    expect(libro('form[data-booking] input[name="_subject"]').attr('value')).toMatch(/^Booking request in Spanish – /);
    // The browser script's words, in Spanish, as data the script reads (no inline code, no CSP hash).
    const messages = JSON.parse(libro('booking-form').attr('data-messages')!) as typeof en.booking.messages;
    expect(messages.notSent).toBe('Su solicitud no se envió');
    expect(messages.fields.name).toBe('Escriba su nombre');
  });

  it('/es/book/thanks/ thanks in Spanish, kept out of search engines', () => {
    const thanks = page$('/es/book/thanks/');
    expect(thanks('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(thanks('h1').text()).toBe('Gracias: su solicitud se envió');
    expect(thanks('main').text()).toContain(practiceEs.emergencyWording);
    expect(thanks('main a[href="/es/"]').text()).toBe('Volver a la página de inicio');
  });
});

describe('the way to the form', () => {
  const articles = builtPages().filter((p) => SECTIONS.some((s) => new RegExp(`^/${s.path}/[^/]+/$`).test(p)));
  it('every article’s call to book links to /book/', () => {
    expect(articles.length).toBeGreaterThan(10);
    for (const page of articles) {
      const cta = page$(page)('aside.booking-cta');
      expect(cta.find('a[href="/book/"]').length, page).toBeGreaterThan(0);
    }
  });
  it('/book/thanks/ exists for the JavaScript-off redirect, kept out of search engines and the sitemap', () => {
    const thanks = page$('/book/thanks/');
    expect(thanks('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(thanks('h1').text()).toBe('Thank you: your request was sent');
    expect(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/book/thanks/');
  });
});

describe('a phone-only practice (the variant build: the second practice, no endpoint, base path)', () => {
  const settings = parse(readFileSync(join(practiceDir(VARIANT.practice), 'content/practice/site.yaml'), 'utf8')) as { phone: string; email: string };
  const tel = `tel:${settings.phone.replace(/[^\d+]/g, '')}`;

  it('shows phone and email instead of a form on /book/', () => {
    const $ = page$('/book/', variantDistDir);
    expect($('form[data-booking]')).toHaveLength(0);
    expect($('main').text()).toContain('Book by phone or email');
    expect($(`main a[href="${tel}"]`).length).toBeGreaterThan(0);
    expect($(`main a[href^="mailto:${settings.email}"]`).length).toBeGreaterThan(0);
  });

  it('asks for a call in every article’s booking box', () => {
    const article = `/causes/${articlesIn('causes').find((f) => f.data.draft !== true)!.id}/`;
    const cta = page$(article, variantDistDir)('aside.booking-cta');
    expect(cta.text()).toMatch(/Call /);
    expect(cta.find(`a[href="${tel}"]`)).toHaveLength(1);
    expect(cta.find(`a[href="${VARIANT.base}book/"]`).length, 'the link to /book/ keeps the base path').toBeGreaterThan(0);
  });
});
