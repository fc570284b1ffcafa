// The booking pages as built: the JavaScript budget, a real form that needs no script, the
// safety check drawn from every red flag, the call to book on every article, and the build
// rules for the endpoint (no dead form, https only, phone-only practices get a phone panel).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { builtPages, readPage } from '../helpers/dist';
import { distDir, root, tmpDir, TEST_BOOKING_ENDPOINT } from '../helpers/paths';
import { tags, decodeEntities } from '../helpers/html';
import { articlesIn } from '../helpers/contentFiles';
import { buildSite } from '../helpers/buildSite';
import { fixtureProject } from '../helpers/fixtureProject';
import { SECTIONS } from '../../src/lib/sections';

const JS_BUDGET = 10 * 1024;
const book = readPage('/book/');
const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const asset = (path: string) => readFileSync(join(distDir, path));

/** Every script the page loads up front: its <script src>s and what they import statically, plus inline scripts. */
function pageScripts(html: string): { name: string; bytes: number }[] {
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
  for (const script of tags(html, 'script')) if (script.attrs.src) visit(new URL(script.attrs.src, 'http://x/').pathname);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m, i) => ({
    name: `inline #${i + 1}`,
    bytes: gz(m[1]!),
  }));
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
    const [form] = tags(book, 'form').filter((f) => 'data-booking' in f.attrs);
    expect(form?.attrs).toMatchObject({ method: 'post', action: TEST_BOOKING_ENDPOINT });
    expect(form?.attrs.enctype).toBeUndefined();
    const sendButtons = tags(book, 'button').filter((b) => b.attrs.type === 'submit' && 'data-submit' in b.attrs);
    expect(sendButtons.map((b) => b.attrs.formmethod)).toEqual([undefined]);
  });

  it('labels every field, with autocomplete and input types a phone keyboard understands', () => {
    const inputs = tags(book, 'input', 'textarea').filter((t) => t.attrs.name && t.attrs.type !== 'hidden' && t.attrs.name !== 'q');
    const labelled = new Set(tags(book, 'label').map((l) => l.attrs.for));
    for (const input of inputs) expect(labelled.has(input.attrs.id), input.raw).toBe(true);
    const field = (name: string) => inputs.find((i) => i.attrs.name === name)?.attrs;
    expect(field('name')).toMatchObject({ type: 'text', autocomplete: 'name' });
    expect(field('email')).toMatchObject({ type: 'email', autocomplete: 'email' });
    expect(field('phone')).toMatchObject({ type: 'tel', autocomplete: 'tel' });
    expect(field('_gotcha')).toMatchObject({ tabindex: '-1', autocomplete: 'off' });
    for (const name of ['name', 'email', 'reason', 'consent', 'visit', 'location', 'emergency_signs']) {
      expect(inputs.filter((i) => i.attrs.name === name).some((i) => 'required' in i.attrs), name).toBe(true);
    }
    // Hints are tied to their fields.
    const email = field('email')!;
    expect(email['aria-describedby']).toBe('bk-email-hint');
    expect(book).toContain('id="bk-email-hint"');
  });

  it('asks the safety check from every published red flag', () => {
    const text = decodeEntities(book);
    const flags = articlesIn('red-flags').filter((f) => f.data.draft !== true);
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(text, flag.id).toContain(String(flag.data.check));
    expect(text).toContain('Get emergency help now. Do not book a massage.');
    expect(book).toContain('href="tel:911"');
  });

  it('says in the privacy note where the request goes', () => {
    expect(decodeEntities(book)).toMatch(/your answers go to the local booking inbox/);
  });
});

describe('the way to the form', () => {
  const articles = builtPages().filter((p) => SECTIONS.some((s) => new RegExp(`^/${s.path}/[^/]+/$`).test(p)));
  it('every article’s call to book links to /book/', () => {
    expect(articles.length).toBeGreaterThan(10);
    for (const page of articles) {
      const cta = /<aside class="booking-cta[\s\S]*?<\/aside>/.exec(readPage(page))?.[0] ?? '';
      expect(cta, page).toContain('href="/book/"');
    }
  });
  it('/book/thanks/ exists for the JavaScript-off redirect, kept out of search engines and the sitemap', () => {
    const thanks = readPage('/book/thanks/');
    expect(thanks).toContain('<meta name="robots" content="noindex"');
    expect(thanks).toContain('Thank you: your request was sent');
    expect(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/book/thanks/');
  });
});

describe('the build refuses a form that posts nowhere or in the clear', () => {
  it('fails without an endpoint, saying how to set one or switch to phone-only', async () => {
    const { code, output } = await buildSite(join(tmpDir, 'booking-no-endpoint'), { PUBLIC_BOOKING_ENDPOINT: '' });
    expect(code).not.toBe(0);
    expect(output).toContain('PUBLIC_BOOKING_ENDPOINT is not set');
    expect(output).toContain('mode: phone-only');
  });

  it('fails on plain http to anything but a loopback address', async () => {
    const { code, output } = await buildSite(join(tmpDir, 'booking-http'), { PUBLIC_BOOKING_ENDPOINT: 'http://forms.example.com/f/abc' });
    expect(code).not.toBe(0);
    expect(output).toContain('PUBLIC_BOOKING_ENDPOINT must use https://');
  });

  it('builds a phone-only practice without an endpoint, with phone and email instead of a form', async () => {
    const settings = parse(readFileSync(join(root, 'content/practice/site.yaml'), 'utf8'));
    const dir = fixtureProject('booking-phone-only', { 'content/practice/site.yaml': stringify({ ...settings, booking: { ...settings.booking, mode: 'phone-only' } }) });
    const out = join(tmpDir, 'booking-phone-only-dist');
    const { code, output } = await buildSite(out, { PUBLIC_BOOKING_ENDPOINT: '' }, dir);
    expect(code, output.slice(-2000)).toBe(0);
    const html = readPage('/book/', out);
    expect(html).not.toContain('data-booking');
    expect(html).toContain('Book by phone or email');
    expect(html).toMatch(/href="tel:\d+"/);
    expect(html).toContain(`href="mailto:${settings.email}`);
    const article = readPage(`/causes/${articlesIn('causes').find((f) => f.data.draft !== true)!.id}/`, out);
    expect(/<aside class="booking-cta[\s\S]*?<\/aside>/.exec(article)?.[0]).toMatch(/Call <a href="tel:/);
  }, 120_000);
});
