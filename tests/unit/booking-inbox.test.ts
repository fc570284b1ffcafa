// The local booking inbox of `npm start` (scripts/booking-inbox.mjs) behaves like Formspree
// for the three encodings a form can send, keeps what arrives in a file, and answers the way a
// provider fails when asked to (the fault modes the booking e2e tests use).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startInbox } from '../../scripts/booking-inbox.mjs';

let inbox: Awaited<ReturnType<typeof startInbox>>;
const thanksUrl = 'http://localhost:4321/book/thanks/';
const stored = () => (existsSync(inbox.file) ? readFileSync(inbox.file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);

beforeAll(async () => {
  inbox = await startInbox({ port: 0, thanksUrl, quiet: true, file: join(mkdtempSync(join(tmpdir(), 'inbox-')), 'requests.jsonl') });
});
afterAll(() => inbox?.close());

describe('local booking inbox', () => {
  it('answers a script {"ok":true} and stores a url-encoded request', async () => {
    const body = new URLSearchParams({ name: 'Ana', days: 'Monday, Friday', _gotcha: '' });
    const response = await fetch(inbox.endpoint, { method: 'POST', headers: { Accept: 'application/json' }, body });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({ ok: true });
    expect(stored().at(-1)).toMatchObject({ encoding: 'urlencoded', javascript: true, fields: { name: 'Ana', days: 'Monday, Friday' } });
  });

  it('reads multipart and JSON bodies too', async () => {
    const form = new FormData();
    form.append('name', 'Bo');
    form.append('days', 'Monday');
    form.append('days', 'Tuesday');
    await fetch(inbox.endpoint, { method: 'POST', headers: { Accept: 'application/json' }, body: form });
    expect(stored().at(-1)).toMatchObject({ encoding: 'multipart', fields: { name: 'Bo', days: ['Monday', 'Tuesday'] } });
    await fetch(inbox.endpoint, { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Cy', consent: true }) });
    expect(stored().at(-1)).toMatchObject({ encoding: 'json', fields: { name: 'Cy', consent: 'true' } });
  });

  it("sends a plain browser POST to the site's thank-you page, or to a loopback _next", async () => {
    const plain = await fetch(inbox.endpoint, { method: 'POST', body: new URLSearchParams({ name: 'Di' }), redirect: 'manual' });
    expect(plain.status).toBe(303);
    expect(plain.headers.get('location')).toBe(thanksUrl);
    const next = await fetch(inbox.endpoint, { method: 'POST', body: new URLSearchParams({ name: 'Ed', _next: 'http://127.0.0.1:5000/done/' }), redirect: 'manual' });
    expect(next.headers.get('location')).toBe('http://127.0.0.1:5000/done/');
    const away = await fetch(inbox.endpoint, { method: 'POST', body: new URLSearchParams({ name: 'Fi', _next: 'https://evil.example/' }), redirect: 'manual' });
    expect(away.headers.get('location')).toBe(thanksUrl);
    expect(stored().at(-1)).toMatchObject({ javascript: false, fields: { name: 'Fi' } });
  });

  it('answers a filled honeypot "ok" and drops it', async () => {
    const before = stored().length;
    const response = await fetch(inbox.endpoint, { method: 'POST', headers: { Accept: 'application/json' }, body: new URLSearchParams({ name: 'Bot', _gotcha: 'http://spam' }) });
    expect(await response.json()).toEqual({ ok: true });
    expect(stored()).toHaveLength(before);
  });

  it('lists what arrived, newest first, at its own address', async () => {
    const html = await (await fetch(`${inbox.url}/`)).text();
    expect(html).toContain('Local booking inbox');
    expect(html.indexOf('<td>Fi</td>')).toBeGreaterThan(0);
    expect(html.indexOf('<td>Fi</td>')).toBeLessThan(html.indexOf('<td>Ana</td>'));
  });

  it('answers 500, 422 with field errors, or late, when told to, and saves nothing it refused', async () => {
    const before = stored().length;
    const post = () => fetch(inbox.endpoint, { method: 'POST', headers: { Accept: 'application/json' }, body: new URLSearchParams({ name: 'Gus' }) });
    try {
      inbox.respondWith('error500');
      const failed = await post();
      expect(failed.status).toBe(500);
      expect(failed.headers.get('access-control-allow-origin')).toBe('*');
      inbox.respondWith('invalid', { errors: [{ field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' }] });
      const invalid = await post();
      expect(invalid.status).toBe(422);
      expect(await invalid.json()).toEqual({ error: 'Validation errors', errors: [{ field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' }] });
      expect(stored()).toHaveLength(before);
      inbox.respondWith('slow', { delayMs: 300 });
      const started = Date.now();
      expect(await (await post()).json()).toEqual({ ok: true });
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    } finally {
      inbox.respondWith('ok');
    }
  });

  it('keeps every request in memory for tests, and waits for the ones still to come', async () => {
    inbox.requests.length = 0;
    const waiting = inbox.waitForRequests(2, 2000);
    await fetch(inbox.endpoint, { method: 'POST', headers: { Accept: 'application/json' }, body: new URLSearchParams({ name: 'Hal' }) });
    await fetch(inbox.endpoint, { method: 'POST', body: new URLSearchParams({ name: 'Bot', _gotcha: 'x' }), redirect: 'manual' });
    const [first, second] = await waiting;
    expect(first).toMatchObject({ accept: 'application/json', contentType: expect.stringMatching(/^application\/x-www-form-urlencoded/), spam: false, fields: { name: 'Hal' } });
    expect(second).toMatchObject({ javascript: false, spam: true });
    await expect(inbox.waitForRequests(3, 100)).rejects.toThrow(/expected 3 request\(s\) at the booking inbox, got 2/);
  });
});
