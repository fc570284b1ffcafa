#!/usr/bin/env node
/**
 * A local booking inbox: a tiny Formspree-compatible receiver on a loopback address, so the
 * booking form can be tried without an account anywhere. `npm start` runs it; on its own:
 *
 *   node scripts/booking-inbox.mjs [--port 8787] [--thanks http://localhost:4321/book/thanks/]
 *
 * Accepts url-encoded, multipart and JSON bodies on any path (the form posts to /f/local).
 * With `Accept: application/json` (the page's script) it answers {"ok":true}; a plain browser
 * POST (JavaScript off) is redirected to the site's /book/thanks/, or to the address in a
 * _next / redirect field when that is on this machine. Every request is printed and appended
 * to .booking-inbox/requests.jsonl. A filled `_gotcha` honeypot is answered "ok" and dropped,
 * as Formspree does. Open the inbox's address in a browser to see what has arrived.
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

/**
 * Starts the inbox. Resolves once it listens.
 * @param {{ port?: number, host?: string, thanksUrl?: string, file?: string, quiet?: boolean }} options
 */
export async function startInbox(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const file = options.file ?? join(ROOT, '.booking-inbox', 'requests.jsonl');
  const log = options.quiet ? () => {} : (line) => process.stdout.write(`${line}\n`);
  mkdirSync(dirname(file), { recursive: true });

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
    const wantsJson = /application\/json/i.test(String(req.headers.accept ?? ''));
    const spam = Boolean(String(parsed.fields._gotcha ?? '').trim());
    const record = { receivedAt: new Date().toISOString(), path: req.url, encoding: parsed.encoding, javascript: wantsJson, fields: parsed.fields };

    if (spam) {
      log(`\n[booking inbox] ${record.receivedAt}: honeypot (_gotcha) filled, so this looks like a bot. Answered "ok" and dropped.`);
    } else {
      appendFileSync(file, `${JSON.stringify(record)}\n`);
      const width = Math.max(...Object.keys(parsed.fields).map((k) => k.length), 4);
      log(`\n[booking inbox] New booking request, ${record.receivedAt} (${parsed.encoding}, JavaScript ${wantsJson ? 'on' : 'off'})`);
      for (const [name, value] of Object.entries(parsed.fields)) log(`  ${name.padEnd(width)}  ${Array.isArray(value) ? value.join(', ') : value}`);
      log(`  → saved to ${file}`);
    }

    if (wantsJson) {
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify({ ok: true }));
      return;
    }
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
  return { url, endpoint: `${url}/f/local`, file, server, close: () => new Promise((done) => server.close(() => done())) };
}

// Run directly: node scripts/booking-inbox.mjs
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const inbox = await startInbox({ port: Number(arg('port') ?? process.env.BOOKING_INBOX_PORT ?? 8787), thanksUrl: arg('thanks') });
  console.log(`Local booking inbox listening on ${inbox.url}`);
  console.log(`  Form endpoint:  ${inbox.endpoint}   (build with PUBLIC_BOOKING_ENDPOINT=${inbox.endpoint})`);
  console.log(`  Requests:       ${inbox.file}, and ${inbox.url}/ in a browser`);
}
