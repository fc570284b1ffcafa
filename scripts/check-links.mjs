#!/usr/bin/env node
// npm run check:links: do the external sources still answer? Reads every `url:` in
// content/sources/*.yaml and every external link (https://…) in the pages' text, asks each
// address once (HEAD, then GET when HEAD is refused), a few at a time, and lists, with the file
// and line:
//   broken   404 or 410 (gone), 5xx (server error), no answer within the timeout, no such host
//   moved    301 or 308: a permanent move; update the address to the new one
//   unsure   other answers (403, 429 …): many sites turn away scripts; open the link in a browser
// Exits 1 when a link is broken (moved and unsure are listed only). Temporary redirects (302,
// 303, 307) count as working. Not part of `npm run check` or the tests: it needs the network and
// sites change without a commit, so the weekly workflow (.github/workflows/weekly.yml) runs it.
// Options: --root=<folder> (another copy of the site; the tests point one at a local server),
// --timeout=<ms> (15000), --concurrency=<n> (4). In GitHub Actions it also writes the list to
// the job summary (GITHUB_STEP_SUMMARY) and prints one annotation per link.
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotation, cliOptions } from './lib/cli.mjs';

const options = cliOptions();
const root = resolve(typeof options.root === 'string' ? options.root : process.cwd());
const timeout = Number(options.timeout ?? 15_000);
const concurrency = Math.max(1, Number(options.concurrency ?? 4));
const USER_AGENT = 'Mozilla/5.0 (compatible; sciatica-site-link-check/1.0; +https://github.com/)';

/** Every external address with where it is written: { url, file, line, field }. */
export function findLinks(siteRoot) {
  const links = [];
  const rel = (file) => relative(siteRoot, file).split('\\').join('/');
  const sourcesDir = join(siteRoot, 'content/sources');
  if (existsSync(sourcesDir)) {
    for (const name of readdirSync(sourcesDir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
      const file = join(sourcesDir, name);
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, i) => {
          const m = /^url:\s*["']?(https?:\/\/[^"'\s#]+[^"'\s]*)["']?\s*(#.*)?$/.exec(text.trimEnd());
          if (m) links.push({ url: m[1], file: rel(file), line: i + 1, field: 'url' });
        });
    }
  }
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : /\.mdx?$/.test(d.name) ? [join(dir, d.name)] : []));
  const contentDir = join(siteRoot, 'content');
  if (existsSync(contentDir)) {
    for (const file of walk(contentDir).sort()) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, i) => {
          // [words](https://…), <https://…> and href="https://…"
          for (const m of text.matchAll(/\]\((https?:\/\/[^)\s]+)[^)]*\)|<(https?:\/\/[^>\s]+)>|href=["'](https?:\/\/[^"']+)["']/g)) {
            links.push({ url: m[1] ?? m[2] ?? m[3], file: rel(file), line: i + 1 });
          }
        });
    }
  }
  return links;
}

/** One address, asked once: HEAD, then GET when HEAD fails or is refused. */
export async function checkUrl(url, { timeoutMs = timeout } = {}) {
  const ask = async (method) => {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,application/pdf,*/*;q=0.8' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel().catch(() => {});
    return response;
  };
  let response;
  try {
    response = await ask('HEAD');
  } catch (error) {
    if (isTimeout(error)) return { kind: 'broken', reason: `did not answer within ${seconds(timeoutMs)}` };
  }
  if (!response || response.status >= 400) {
    try {
      response = await ask('GET');
    } catch (error) {
      if (isTimeout(error)) return { kind: 'broken', reason: `did not answer within ${seconds(timeoutMs)}` };
      return { kind: 'broken', reason: `could not be reached (${error?.cause?.code ?? error?.message ?? error})` };
    }
  }
  const { status } = response;
  if (status === 301 || status === 308) {
    const location = response.headers.get('location');
    const to = location ? new URL(location, url).href : undefined;
    return { kind: 'moved', status, to, reason: to ? `moved (${status}): update to ${to}` : `moved (${status}) without saying where` };
  }
  if (status < 400) return { kind: 'ok', status };
  if (status === 404 || status === 410) return { kind: 'broken', status, reason: `is gone (${status}${status === 404 ? ' Not Found' : ' Gone'})` };
  if (status >= 500) return { kind: 'broken', status, reason: `answered with a server error (${status})` };
  return { kind: 'unsure', status, reason: `answered ${status}; the site may turn away scripts, so open it in a browser` };
}

const isTimeout = (error) => error?.name === 'TimeoutError' || error?.name === 'AbortError';
const seconds = (ms) => (ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`);

/** What an editor does about it. */
function advice(result, link) {
  if (result.kind === 'moved') return link.field === 'url' ? `set url to ${result.to ?? 'the new address'}` : `change the link to ${result.to ?? 'the new address'}`;
  if (result.kind === 'unsure') return 'if it works in a browser, nothing to do';
  return link.field === 'url'
    ? 'search for the title to find where it went and update url (and checked), or replace the source with one that answers'
    : 'find where the page went and update the link, or remove it';
}

async function pool(items, n, work) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
}


async function main() {
  const links = findLinks(root);
  const urls = [...new Set(links.map((l) => l.url))];
  const answers = new Map(await pool(urls, concurrency, async (url) => [url, await checkUrl(url, { timeoutMs: timeout })]));
  const rows = links
    .map((link) => ({ link, result: answers.get(link.url) }))
    .filter(({ result }) => result.kind !== 'ok')
    .map(({ link, result }) => ({
      ...result,
      link,
      text: `${link.file}:${link.line}${link.field ? ` field "${link.field}"` : ''}: ${link.url} ${result.reason}; ${advice(result, link)}`,
    }));
  const groups = [
    ['broken', 'Broken: the reader gets nothing'],
    ['moved', 'Moved: update the address'],
    ['unsure', 'Could not check: open in a browser'],
  ].map(([kind, heading]) => ({ kind, heading, rows: rows.filter((r) => r.kind === kind) }));
  const broken = groups[0].rows.length;

  const lines = ['npm run check:links', '', `${urls.length} external addresses in ${new Set(links.map((l) => l.file)).size} files (content/sources/ and page text)`];
  for (const g of groups) {
    if (!g.rows.length) continue;
    lines.push('', `${g.heading} (${g.rows.length})`, ...g.rows.map((r) => `  - ${r.text}`));
  }
  lines.push('', broken ? `✖ ${broken} link${broken === 1 ? '' : 's'} no longer answer${broken === 1 ? 's' : ''}.` : rows.length ? '✔ No broken links; the ones above are worth a look.' : '✔ Every link answers.');
  console.log(lines.join('\n'));

  if (process.env.GITHUB_ACTIONS === 'true') {
    const annotations = rows.map(
      (r) =>
        annotation(r.kind === 'broken' ? 'error' : 'warning', {
          file: r.link.file,
          line: r.link.line,
          title: r.kind === 'broken' ? 'Link no longer answers' : r.kind === 'moved' ? 'Link moved' : 'Link to check',
          message: `${r.link.url} ${r.reason}; ${advice(r, r.link)}`,
        }),
    );
    if (annotations.length) console.log(`\n${annotations.join('\n')}`);
    if (process.env.GITHUB_STEP_SUMMARY) {
      const md = ['## External links (npm run check:links)', '', `${urls.length} addresses checked.`, ''];
      if (!rows.length) md.push('✅ Every link answers.', '');
      for (const g of groups) {
        if (!g.rows.length) continue;
        md.push(`### ${g.heading} (${g.rows.length})`, '');
        for (const r of g.rows) md.push(`- \`${r.link.file}:${r.link.line}\`: <${r.link.url}> ${r.reason}. **Fix:** ${advice(r, r.link)}`);
        md.push('');
      }
      appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${md.join('\n')}\n`);
    }
  }
  process.exit(broken ? 1 : 0);
}

// Run as a script; imported (the tests), it only exports findLinks and checkUrl.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
