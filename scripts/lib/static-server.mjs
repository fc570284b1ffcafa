/**
 * Serves a built site on loopback the way a static host does: under its base path, 404.html
 * for what is missing, and (on request) the headers of the build's `_headers` file and gzip.
 * The one static server of the project: the tests (tests/helpers/staticServer.ts) and
 * `npm run audit` use it.
 *
 * Why sirv + node:http and not Astro's `preview()`: preview() loads astro.config.mjs and runs
 * every integration's config hooks to serve files that are already built, starts Vite, and
 * cannot send the per-path `_headers` rules or gzip. sirv is the file server Vite's own
 * preview uses (MIME types, ranges, ETags, directory index.html); `compression` is Express's
 * gzip middleware. What is left here is the host's behaviour: the base path and the 404 page.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import compression from 'compression';

/**
 * @typedef {{ path: string, headers: Record<string, string>, detach?: string[] }} HeaderRule
 * @typedef {{ url: string, server: import('node:http').Server, close(): Promise<void> }} StaticServer
 */

/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages use): a path pattern on its
 * own line, then indented `Name: value` lines for it; `#` starts a comment.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ path: raw.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    // "! Name" (Cloudflare Pages) detaches a header that a broader rule set: see headersFor.
    const detach = /^\s+!\s*(\S+)\s*$/.exec(raw);
    if (rule && detach?.[1]) {
      (rule.detach ??= []).push(detach[1]);
      continue;
    }
    const colon = raw.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: "${raw.trim()}" is not under a path or has no "Name: value"`);
    const name = raw.slice(0, colon).trim();
    const value = raw.slice(colon + 1).trim();
    // A repeated header is sent once with the values joined, as the hosts do.
    rule.headers[name] = rule.headers[name] ? `${rule.headers[name]}, ${value}` : value;
  }
  return rules;
}

/**
 * The headers of every rule whose path matches (a trailing `*` matches any rest), in file order.
 * @param {HeaderRule[]} rules
 * @param {string} path the site path, without the base
 */
export function headersFor(rules, path) {
  const matching = rules.filter((r) => (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path));
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of matching) {
    for (const name of rule.detach ?? []) delete headers[name];
    Object.assign(headers, rule.headers);
  }
  return headers;
}

/**
 * @param {string} dir the built site (Astro's outDir)
 * @param {{ base?: string, headers?: Record<string, string>, hostHeaders?: boolean, gzip?: boolean | { level?: number, threshold?: number }, port?: number }} [options]
 *   base: the site's base path ("/sub/"), outside of which everything is a 404;
 *   headers: sent with every response; hostHeaders: also send the rules of `<dir>/_headers`;
 *   gzip: compress text responses for clients that accept it (or compression's options); port: 0 (any free port) unless given.
 * @returns {Promise<StaticServer>}
 */
export async function serveDist(dir, options = {}) {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const rules = options.hostHeaders && existsSync(join(dir, '_headers')) ? parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) : [];
  const extra = options.headers ?? {};
  const files = sirv(dir, {
    dev: true, // look files up on each request: a test may serve a folder while it is still being written
    etag: true,
    setHeaders: (res, pathname) => {
      for (const [name, value] of Object.entries({ ...headersFor(rules, pathname), ...extra })) res.setHeader(name, value);
    },
  });
  const gzip = options.gzip ? compression(options.gzip === true ? {} : options.gzip) : undefined;
  const notFound = join(dir, '404.html');

  const server = createServer((req, res) => {
    /** @param {string} path */
    const missing = (path) => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...headersFor(rules, path), ...extra });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    };
    const serve = () => {
      const url = req.url ?? '/';
      if (!url.startsWith(base)) return missing(url);
      req.url = url.slice(base.length - 1);
      const path = req.url.split('?')[0] ?? '/';
      files(req, res, () => missing(path));
    };
    if (gzip) gzip(/** @type {any} */ (req), /** @type {any} */ (res), serve);
    else serve();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
