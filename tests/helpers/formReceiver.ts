/**
 * A Formspree-style form endpoint on loopback for the booking tests. The test build posts to
 * TEST_BOOKING_ENDPOINT (http://127.0.0.1:TEST_BOOKING_PORT/f/test-form), so one receiver at a
 * time owns that port: keep the tests that use it in one file.
 *
 * It records every POST (url-encoded, multipart or JSON) and answers as told:
 *   ok       200 {"ok":true,"next":…} to `Accept: application/json`, else 303 to thanksUrl
 *   error500 500 {"error":"…"}
 *   invalid  422 {"error":"Validation errors","errors":[{ field, code, message }]} (Formspree's shape)
 *   slow     waits `delayMs` (10 s by default), then answers ok
 * close() frees the port, so the next request meets a closed port (a network error).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { TEST_BOOKING_PORT } from './paths';

export type ReceiverMode = 'ok' | 'error500' | 'invalid' | 'slow';

export interface ReceivedRequest {
  path: string;
  accept: string;
  contentType: string;
  /** Field name → value; a repeated name gives a list. */
  fields: Record<string, string | string[]>;
}

export interface ProviderError {
  field?: string;
  code?: string;
  message: string;
}

export interface FormReceiver {
  endpoint: string;
  requests: ReceivedRequest[];
  /** Where a plain POST is redirected (the site's /book/thanks/). */
  thanksUrl: string;
  respondWith(mode: ReceiverMode, options?: { delayMs?: number; errors?: ProviderError[] }): void;
  /** Resolves when `count` requests have arrived (or rejects after `timeoutMs`). */
  waitForRequests(count: number, timeoutMs?: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
}

async function readFields(req: IncomingMessage): Promise<Record<string, string | string[]>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return JSON.parse(body.toString('utf8') || '{}');
  const form = await new Request('http://receiver.local/', { method: 'POST', headers: { 'content-type': type }, body }).formData();
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of form) {
    const text = typeof value === 'string' ? value : value.name;
    const existing = fields[name];
    fields[name] = existing === undefined ? text : [...(Array.isArray(existing) ? existing : [existing]), text];
  }
  return fields;
}

export async function startFormReceiver(options: { port?: number; thanksUrl?: string } = {}): Promise<FormReceiver> {
  const port = options.port ?? TEST_BOOKING_PORT;
  let mode: ReceiverMode = 'ok';
  let delayMs = 10_000;
  let errors: ProviderError[] = [{ field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' }];
  const requests: ReceivedRequest[] = [];
  const waiters = new Set<() => void>();

  const server: Server = createServer(async (req, res) => {
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Accept, Content-Type' };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    if (req.method !== 'POST') return void res.writeHead(405, cors).end();
    const accept = req.headers.accept ?? '';
    requests.push({ path: req.url ?? '', accept, contentType: req.headers['content-type'] ?? '', fields: await readFields(req) });
    for (const wake of waiters) wake();

    const json = (status: number, body: unknown) => {
      res.writeHead(status, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    };
    const ok = () => {
      if (accept.includes('application/json')) json(200, { ok: true, next: '/thanks' });
      else res.writeHead(303, { Location: receiver.thanksUrl }).end();
    };
    if (mode === 'error500') json(500, { error: 'Internal server error' });
    else if (mode === 'invalid') json(422, { error: 'Validation errors', errors });
    else if (mode === 'slow') {
      const timer = setTimeout(() => !res.destroyed && ok(), delayMs);
      res.on('close', () => clearTimeout(timer));
    } else ok();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });

  const receiver: FormReceiver = {
    endpoint: `http://127.0.0.1:${port}/f/test-form`,
    requests,
    thanksUrl: options.thanksUrl ?? 'about:blank',
    respondWith(next, extra = {}) {
      mode = next;
      delayMs = extra.delayMs ?? 10_000;
      if (extra.errors) errors = extra.errors;
    },
    waitForRequests(count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (requests.length < count) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(requests.slice(0, count));
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} request(s) at the form receiver, got ${requests.length}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
  return receiver;
}
