// npm run check:links (scripts/check-links.mjs) against a local server, never the network: a
// copy of content/sources/ and a page whose addresses point at 127.0.0.1, answering 200, 404,
// 301, 405 to HEAD only, and never (the timeout). Each finding names the file and line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, tmpDir } from '../helpers/paths';

let server: Server;
let base = '';
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers['user-agent'] ?? ''}`);
    if (req.url === '/ok') res.writeHead(200).end('ok');
    else if (req.url === '/gone') res.writeHead(404).end();
    else if (req.url === '/moved') res.writeHead(301, { location: '/new-home' }).end();
    else if (req.url === '/temporary') res.writeHead(302, { location: '/ok' }).end();
    else if (req.url === '/no-head') res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    else if (req.url === '/broken-server') res.writeHead(503).end();
    else if (req.url === '/hang') return; // never answers
    else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

function site() {
  const dir = join(tmpDir, 'check-links');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content/sources'), { recursive: true });
  mkdirSync(join(dir, 'content/guides'), { recursive: true });
  const source = (key: string, path: string) =>
    `authors: [Someone A]\ntitle: "A source: ${key}"\npublisher: Somewhere\nyear: 2020\nurl: ${base}${path}\nkind: review\n`;
  for (const [key, path] of Object.entries({ a: '/ok', b: '/gone', c: '/moved', d: '/hang', e: '/no-head', f: '/temporary', g: '/broken-server' })) {
    writeFileSync(join(dir, `content/sources/${key}.yaml`), source(key, path));
  }
  writeFileSync(join(dir, 'content/guides/page.md'), `---\ntitle: A page\n---\n\nSee [the old page](${base}/gone) and <${base}/ok>.\n`);
  return dir;
}

function run(dir: string, env: Record<string, string> = {}) {
  const { GITHUB_ACTIONS: _a, GITHUB_STEP_SUMMARY: _s, ...rest } = process.env;
  return new Promise<{ code: number | null; output: string }>((done) => {
    const child = spawn(process.execPath, [join(root, 'scripts/check-links.mjs'), `--root=${dir}`, '--timeout=800', '--concurrency=3'], { env: { ...rest, ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code, output }));
  });
}

describe('npm run check:links', () => {
  it('lists 404, 5xx and timeouts as broken and 301 as moved, each with its file and line, and fails', async () => {
    const dir = site();
    const { code, output } = await run(dir);
    expect(code).toBe(1);
    expect(output).toContain(`content/sources/b.yaml:5 field "url": ${base}/gone is gone (404 Not Found); search for the title`);
    expect(output).toContain(`content/guides/page.md:5: ${base}/gone is gone (404 Not Found); find where the page went and update the link, or remove it`);
    expect(output).toContain(`content/sources/d.yaml:5 field "url": ${base}/hang did not answer within 800 ms`);
    expect(output).toContain(`content/sources/g.yaml:5 field "url": ${base}/broken-server answered with a server error (503)`);
    expect(output).toContain(`content/sources/c.yaml:5 field "url": ${base}/moved moved (301): update to ${base}/new-home; set url to ${base}/new-home`);
    expect(output).toMatch(/Broken: the reader gets nothing \(4\)/);
    expect(output).toMatch(/Moved: update the address \(1\)/);
    // 200, a temporary redirect, and a server that refuses HEAD but answers GET are fine.
    for (const ok of ['/ok', '/temporary', '/no-head']) expect(output).not.toContain(`${base}${ok} `);
    expect(output).toContain('✖ 4 links no longer answer.');
  });

  it('asks each address once, HEAD first, GET when HEAD is refused, with its own user agent', () => {
    const gets = seen.filter((s) => s.startsWith('GET'));
    expect(seen.filter((s) => s.startsWith('HEAD /gone'))).toHaveLength(1);
    expect(gets.map((s) => s.split(' ')[1]).sort()).toEqual(['/broken-server', '/gone', '/no-head']);
    expect(seen.every((s) => s.includes('sciatica-site-link-check'))).toBe(true);
  });

  it('in GitHub Actions, writes the list with each fix to the job summary', async () => {
    const summary = join(tmpDir, 'check-links-summary.md');
    rmSync(summary, { force: true });
    const { output } = await run(site(), { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(output).toContain(`::error file=content/sources/b.yaml,line=5,title=Link no longer answers::${base}/gone is gone (404 Not Found);`);
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('### Broken: the reader gets nothing (4)');
    expect(text).toContain(`- \`content/sources/c.yaml:5\`: <${base}/moved> moved (301): update to ${base}/new-home. **Fix:** set url to ${base}/new-home`);
  });

  it('passes when every address answers', async () => {
    const dir = site();
    for (const key of ['b', 'c', 'd', 'e', 'f', 'g']) rmSync(join(dir, `content/sources/${key}.yaml`));
    writeFileSync(join(dir, 'content/guides/page.md'), `---\ntitle: A page\n---\n\nSee <${base}/ok>.\n`);
    const { code, output } = await run(dir);
    expect(output).toContain('✔ Every link answers.');
    expect(code).toBe(0);
  });
});
