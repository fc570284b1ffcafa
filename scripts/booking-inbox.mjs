#!/usr/bin/env node
/**
 * A local booking inbox: a tiny Formspree-compatible receiver on a loopback address, so the
 * booking form can be tried without an account anywhere. `npm start` runs it; on its own:
 *
 *   node scripts/booking-inbox.mjs [--port 8787] [--thanks http://localhost:4321/book/thanks/] [--respond error500]
 *
 * Accepts url-encoded, multipart and JSON bodies on any path (the form posts to /f/local).
 * With `Accept: application/json` (the page's script) it answers {"ok":true}; a plain browser
 * POST (JavaScript off) is redirected to the site's /book/thanks/, or to the address in a
 * _next / redirect field when that is on this machine. Every request is printed and appended
 * to .booking-inbox/requests.jsonl. A filled `_gotcha` honeypot is answered "ok" and dropped,
 * as Formspree does. Open the inbox's address in a browser to see what has arrived.
 *
 * It can also answer the way a provider does when things go wrong, to try the form's failure
 * messages by hand (`--respond error500`) and for the booking tests (`inbox.respondWith(…)`):
 *   ok        the answers above
 *   error500  500 {"error":"Internal server error"}
 *   invalid   422 {"error":"Validation errors","errors":[{ field, code, message }]} (Formspree's shape)
 *   slow      waits `delayMs` (10 s unless told), then answers ok
 * Closing the inbox frees its port at once, so the next request meets a closed port.
 */
import { createServer } from 'node:http';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOOPBACK = /^(127(\.\d{1,3}){3}|localhost|\[::1\]|::1)$/i;
const REDIRECT_FIELDS = ['_next', 'redirect', '_redirect', 'redirectTo'];
const MAX_BODY = 100_000;

/** Reads any of the three encodings into name → value (repeated names become lists). */
async function readFields(req, body) {
  const type = String(req.headers['content-type'] ?? '');
  if (/application\/json/i.test(type)) {
    const json = JSON.parse(body.toString('utf8') || '{}');
    return { encoding: 'json', fields: Object.fromEntries(Object.entries(json).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])) };
  }
  if (/multipart\/form-data|application\/x-www-form-urlencoded/i.test(type)) {
    // The WHATWG Request parses both encodings exactly as a browser builds them.
    const form = await new Request('http://inbox.local/', { method: 'POST', headers: { 'content-type': type }, body }).formData();
    const fields = {};
    for (const [name, value] of form) {
      const text = typeof value === 'string' ? value : `[file ${value.name}, ${value.size} bytes]`;
      fields[name] = name in fields ? [].concat(fields[name], text) : text;
    }
    return { encoding: type.startsWith('multipart') ? 'multipart' : 'urlencoded', fields };
  }
  return { encoding: type || 'none', fields: { body: body.toString('utf8') } };
}

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function page(title, inner) {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title><style>body{font:17px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1c2321;background:#fbfaf7}table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}td,th{border:1px solid #d5dbd8;padding:.3rem .5rem;text-align:left;vertical-align:top}a{color:#0b6262}</style>${inner}</html>`;
}

/** @typedef {'ok' | 'error500' | 'invalid' | 'slow'} InboxMode */
/** @typedef {{ field?: string, code?: string, message: string }} ProviderError */
/**
 * One POST as it arrived (kept in memory for tests; the file keeps the same minus `spam` ones).
 * @typedef {{ receivedAt: string, path: string, encoding: string, javascript: boolean, accept: string, contentType: string, spam: boolean, fields: Record<string, string | string[]> }} InboxRequest
 */

/**
 * Starts the inbox. Resolves once it listens.
 * @param {{ port?: number, host?: string, thanksUrl?: string, file?: string, quiet?: boolean }} options
 */
export async function startInbox(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const file = options.file ?? join(ROOT, '.booking-inbox', 'requests.jsonl');
  const log = options.quiet ? () => {} : (line) => process.stdout.write(`${line}\n`);
  mkdirSync(dirname(file), { recursive: true });
  /** @type {InboxRequest[]} */
  const requests = [];
  /** @type {Set<() => boolean>} */
  const waiters = new Set();
  /** @type {{ mode: InboxMode, delayMs: number, errors: ProviderError[] }} */
  const answer = { mode: 'ok', delayMs: 10_000, errors: [{ field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' }] };

  const server = createServer(async (req, res) => {
    // The form's script runs on another origin (the site), so it may read our answer.
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Accept, Content-Type', 'Access-Control-Allow-Methods': 'POST, OPTIONS' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    if (req.method === 'GET') {
      const lines = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
      const rows = lines
        .reverse()
        .map((r) => `<h2>${escape(r.receivedAt)} (${escape(r.encoding)})</h2><table>${Object.entries(r.fields).map(([k, v]) => `<tr><th>${escape(k)}</th><td>${escape(v)}</td></tr>`).join('')}</table>`)
        .join('');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page('Local booking inbox', `<h1>Local booking inbox</h1><p>${lines.length} request(s), newest first. Stored in <code>${escape(file)}</code>.</p>${rows}`));
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { ...cors, Allow: 'GET, POST, OPTIONS' }).end();
      return;
    }

    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > MAX_BODY) {
        res.writeHead(413, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify({ error: 'Request too large' }));
        return;
      }
      chunks.push(chunk);
    }
    let parsed;
    try {
      parsed = await readFields(req, Buffer.concat(chunks));
    } catch (error) {
      res.writeHead(400, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify({ error: `Could not read the form: ${error.message}` }));
      return;
    }
    const accept = String(req.headers.accept ?? '');
    const wantsJson = /application\/json/i.test(accept);
    const spam = Boolean(String(parsed.fields._gotcha ?? '').trim());
    const record = { receivedAt: new Date().toISOString(), path: req.url, encoding: parsed.encoding, javascript: wantsJson, fields: parsed.fields };
    requests.push({ ...record, path: req.url ?? '', accept, contentType: String(req.headers['content-type'] ?? ''), spam });
    for (const wake of waiters) wake();

    const refused = answer.mode === 'error500' || answer.mode === 'invalid';
    if (refused) {
      log(`\n[booking inbox] ${record.receivedAt}: answered "${answer.mode}" as asked (--respond / respondWith), so nothing was saved.`);
    } else if (spam) {
      log(`\n[booking inbox] ${record.receivedAt}: honeypot (_gotcha) filled, so this looks like a bot. Answered "ok" and dropped.`);
    } else {
      appendFileSync(file, `${JSON.stringify(record)}\n`);
      const width = Math.max(...Object.keys(parsed.fields).map((k) => k.length), 4);
      log(`\n[booking inbox] New booking request, ${record.receivedAt} (${parsed.encoding}, JavaScript ${wantsJson ? 'on' : 'off'})`);
      for (const [name, value] of Object.entries(parsed.fields)) log(`  ${name.padEnd(width)}  ${Array.isArray(value) ? value.join(', ') : value}`);
      log(`  → saved to ${file}`);
    }

    const json = (status, body) => res.writeHead(status, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    if (answer.mode === 'error500') return void json(500, { error: 'Internal server error' });
    if (answer.mode === 'invalid') return void json(422, { error: 'Validation errors', errors: answer.errors });
    if (answer.mode === 'slow') {
      await new Promise((done) => {
        const timer = setTimeout(done, answer.delayMs);
        res.on('close', () => {
          clearTimeout(timer);
          done(undefined);
        });
      });
      if (res.destroyed) return;
    }

    if (wantsJson) return void json(200, { ok: true });
    const asked = REDIRECT_FIELDS.map((f) => parsed.fields[f]).find((v) => typeof v === 'string' && v);
    const target = [asked, options.thanksUrl].find((url) => url && URL.canParse(url) && LOOPBACK.test(new URL(url).hostname));
    if (target) {
      res.writeHead(303, { Location: target }).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page('Request received', '<h1>Thank you: your request was received</h1><p>This is the local booking inbox. The request was printed in the terminal and saved.</p>'));
  });

  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, resolvePromise);
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : options.port}`;
  return {
    url,
    endpoint: `${url}/f/local`,
    file,
    server,
    /** Every POST since the start (or since the caller emptied it), honeypot ones included. */
    requests,
    /**
     * How the next requests are answered (see the modes at the top of this file).
     * @param {InboxMode} mode
     * @param {{ delayMs?: number, errors?: ProviderError[] }} [extra]
     */
    respondWith(mode, extra = {}) {
      answer.mode = mode;
      answer.delayMs = extra.delayMs ?? 10_000;
      if (extra.errors) answer.errors = extra.errors;
    },
    /**
     * Resolves with the first `count` requests once they have arrived; rejects after `timeoutMs`.
     * @param {number} count
     * @returns {Promise<InboxRequest[]>}
     */
    waitForRequests(count, timeoutMs = 5000) {
      return new Promise((resolvePromise, reject) => {
        const check = () => {
          if (requests.length < count) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolvePromise(requests.slice(0, count));
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} request(s) at the booking inbox, got ${requests.length}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    /** Stops listening and drops open connections (a browser's keep-alive too), so the port is free at once. */
    close: () =>
      new Promise((done) => {
        server.close(() => done(undefined));
        server.closeAllConnections();
      }),
  };
}

// Run directly: node scripts/booking-inbox.mjs
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const inbox = await startInbox({ port: Number(arg('port') ?? process.env.BOOKING_INBOX_PORT ?? 8787), thanksUrl: arg('thanks') });
  const respond = arg('respond');
  if (respond) {
    if (!['ok', 'error500', 'invalid', 'slow'].includes(respond)) throw new Error(`--respond takes ok, error500, invalid or slow (got "${respond}")`);
    inbox.respondWith(/** @type {InboxMode} */ (respond));
    console.log(`Answering every request "${respond}" (--respond).`);
  }
  console.log(`Local booking inbox listening on ${inbox.url}`);
  console.log(`  Form endpoint:  ${inbox.endpoint}   (build with PUBLIC_BOOKING_ENDPOINT=${inbox.endpoint})`);
  console.log(`  Requests:       ${inbox.file}, and ${inbox.url}/ in a browser`);
}
