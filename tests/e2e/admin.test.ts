// The editor's path from CONTRIBUTING.md ("From the browser"), end to end, in a copy of the
// site: /admin/ (Decap CMS, written as a build with CMS_LOCAL_BACKEND writes it, into a copy of
// the test build) against decap-server on loopback, as `npm run admin` runs it. An FAQ answer and a cause are written with every required field
// through the interface and saved; the files decap-server writes to the copy's content/ then
// pass `npm run check`, build, and are found by search. An entry the CMS refuses shows why.
// The page makes no request to another origin (decap-server is this machine) and breaks no CSP.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { fixtureProject } from '../helpers/fixtureProject';
import { buildSite } from '../helpers/buildSite';
import { launchBrowser } from '../helpers/browser';
import { serveDist, type StaticServer } from '../helpers/staticServer';
import { distDir, root, TEST_SITE_URL } from '../helpers/paths';
import { writeAdminArea } from '../../src/integrations/admin';
import { startCmsProxy } from '../../scripts/admin.mjs';

let dir: string;
let proxy: { api: string; close(): void };
let server: StaticServer;
let browser: Browser;
let page: Page;
/** Requests to another origin than the site and decap-server, and CSP violations, all along. */
const foreign: string[] = [];
const violations: string[] = [];
/** While the CMS refuses an entry: Decap then rejects its save promise with nothing (an "undefined" page error). */
let refusing = false;

beforeAll(async () => {
  dir = fixtureProject('admin');
  // This copy is also a practice that publishes English only: no otherLanguages, no content/es/.
  rmSync(join(dir, 'content/es'), { recursive: true, force: true });
  const settings = join(dir, 'content/practice/site.yaml');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^otherLanguages: .*\n/m, ''));
  proxy = await startCmsProxy({ repo: dir, port: Number(process.env.TEST_CMS_PORT || 0) || undefined, quiet: true });
  // The site as built for the other tests, with /admin/ written again for this copy and its proxy.
  cpSync(distDir, join(dir, 'dist'), { recursive: true });
  writeAdminArea({ root: dir, out: join(dir, 'dist'), base: '/', site: TEST_SITE_URL, localBackend: proxy.api, log: { info() {}, warn() {} } });
  browser = await launchBrowser();
  // Served as `npm run admin` serves it: the page's own <meta> CSP, which names the proxy.
  server = await serveDist(join(dir, 'dist'));
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`));
  });
  const allowed = [new URL(server.url).origin, new URL(proxy.api).origin];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && !allowed.includes(new URL(url).origin)) foreign.push(url);
  });
  page = await context.newPage();
  page.on('console', (m) => {
    if (/content security policy|csp violation/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => {
    if (!(refusing && String(e) === 'undefined')) violations.push(`page error: ${e.message} ${e.stack ?? ''}`.slice(0, 500));
  });
}, 240_000);

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await page?.screenshot({ path: join(dir, `failed-${context.task.name.slice(0, 20).replace(/\W+/g, '-')}.png`) });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  proxy?.close();
});

/** Opens a section's "new" form (signing in to the local proxy is one click, no account). */
async function newEntry(collection: string) {
  // A fresh load: on a hash change alone, Decap keeps the last entry's form open.
  await page.goto('about:blank');
  await page.goto(`${server.url}admin/#/collections/${collection}/new`);
  const login = page.getByRole('button', { name: 'Login' });
  await login.or(page.getByLabel('Title', { exact: true })).first().waitFor({ timeout: 30_000 });
  if (await login.isVisible()) await login.click();
  await page.getByLabel('Title', { exact: true }).waitFor();
}

const field = (label: string) => page.getByLabel(label, { exact: true });

/** A relation (author, sources …): type part of the title or name, take the first match. */
async function choose(label: string, text: string) {
  const input = field(label);
  await input.click();
  await input.pressSequentially(text, { delay: 15 });
  await page.getByRole('option', { name: new RegExp(text, 'i') }).first().click();
}

async function writeBody(markdown: string) {
  const editor = page.locator('[data-slate-editor]').first();
  const text = async () => (await editor.innerText()).replace(/\s+/g, ' ').trim();
  // The scaffold's body arrives a moment after the form: replace it only once it is there.
  await expect.poll(text, { timeout: 20_000 }).toContain('TODO');
  // Select all and delete, as an editor would; on a busy machine the keys can beat the focus, so try again.
  for (let attempt = 0; attempt < 5 && (await text()) !== ''; attempt++) {
    await editor.click();
    await editor.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.waitForTimeout(300);
  }
  expect(await text()).toBe('');
  await page.keyboard.insertText(markdown);
  await expect.poll(text).toContain(markdown.replace(/\s+/g, ' ').slice(0, 40));
}

/** The saved file, once decap-server has written all of it. */
async function saved(file: string): Promise<{ frontmatter: Record<string, unknown>; body: string }> {
  const path = join(dir, file);
  await expect.poll(() => existsSync(path) && /^---\n[\s\S]+\n---\n[\s\S]*\S/.test(readFileSync(path, 'utf8')), { timeout: 20_000 }).toBe(true);
  const [, yaml = '', body = ''] = /^---\n([\s\S]+?)\n---\n([\s\S]*)$/.exec(readFileSync(path, 'utf8')) ?? [];
  return { frontmatter: parse(yaml) as Record<string, unknown>, body };
}

async function publish() {
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Publish now').click();
}

const FAQ = {
  file: 'content/faqs/can-i-swim-with-sciatica.md',
  title: 'Can I swim with sciatica?',
  description: 'Gentle swimming is fine for most people with sciatica. How to start, and when to stop.',
  body: 'Yes, for most people. Gentle swimming keeps you moving, and staying active helps you get better sooner [@nhs-sciatica]. Stop if the pain gets much worse. Read more in [self-care between sessions](/guides/self-care/).',
};
const CAUSE = {
  file: 'content/causes/hip-bursitis.md',
  title: 'Hip bursitis',
  description: 'A sore, swollen sac of fluid on the side of the hip can feel like sciatica. How to tell them apart.',
  body: '## What it is\n\nSciatica is pain from an irritated nerve. It often runs below the knee [@koes2007].\n\n## How it feels\n\nSciatica tends to shoot down one leg. It may bring numbness or tingling [@nhs-sciatica].\n',
};

describe('/admin/: an editor adds pages in the browser', () => {
  it('saves an FAQ answer with every required field into content/faqs/', async () => {
    await newEntry('faqs');
    // The "new" form starts from the scaffold's body, as `npm run new` writes it.
    await expect.poll(() => page.locator('[data-slate-editor]').first().innerText(), { timeout: 20_000 }).toContain('TODO: the short answer in one paragraph');
    await field('Title').fill(FAQ.title);
    await field('Description').fill(FAQ.description);
    await choose('Author', 'Jordan');
    await choose('Reviewer', 'Priya');
    await choose('Sources', 'Sciatica');
    await field('Question').fill('Can I swim?');
    await field('More').fill('guides/self-care');
    await writeBody(FAQ.body);
    await publish();
    const { frontmatter, body } = await saved(FAQ.file);
    expect(frontmatter).toMatchObject({ title: FAQ.title, author: 'jordan-avery', reviewer: 'dr-priya-raman', sources: ['nhs-sciatica'], question: 'Can I swim?', more: 'guides/self-care' });
    expect(String(frontmatter.lastReviewed)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body).not.toContain('TODO');
    // The citation is saved as written, not escaped.
    expect(body).toContain('[@nhs-sciatica]');
  });

  it('saves a cause, with its select and several sources, into content/causes/', async () => {
    await newEntry('causes');
    await field('Title').fill(CAUSE.title);
    await field('Description').fill(CAUSE.description);
    await choose('Author', 'Jordan');
    await choose('Reviewer', 'Priya');
    await choose('Sources', 'Sciatica');
    await choose('Sources', 'Diagnosis and treatment');
    await choose('Massage role', 'adjunct');
    await writeBody(CAUSE.body);
    await publish();
    const { frontmatter, body } = await saved(CAUSE.file);
    expect(frontmatter).toMatchObject({ title: CAUSE.title, massageRole: 'adjunct', sources: ['nhs-sciatica', 'koes2007'] });
    expect(body).toContain('## How it feels');
    expect(body).not.toContain('TODO');
  });

  it('refuses a description over 160 characters, saying so under the field, and writes nothing', async () => {
    await newEntry('faqs');
    await field('Title').fill('Is a long description allowed?');
    await field('Description').fill(`${'Far too long. '.repeat(12)}The end.`);
    await choose('Author', 'Jordan');
    await choose('Reviewer', 'Priya');
    await choose('Sources', 'Sciatica');
    await field('Question').fill('Is it allowed?');
    await field('More').fill('guides/self-care');
    refusing = true;
    await publish();
    // What the editor sees, above the field in red: the limit the build would enforce.
    await page.getByText("Description didn't match the pattern: write 20 to 160 characters.").waitFor();
    refusing = false;
    expect(readdirSync(join(dir, 'content/faqs')).filter((f) => f.startsWith('is-a-long'))).toEqual([]);
  });

  it('asked nothing of another origin and broke no CSP rule', () => {
    expect({ foreign, violations }).toEqual({ foreign: [], violations: [] });
  });
});

describe('the saved files are the site\'s own', () => {
  it('pass npm run check', () => {
    // --skip-astro: the type check is about the code, which the editor did not touch.
    const run = spawnSync(process.execPath, [join(root, 'scripts/check.mjs'), '--skip-astro', `--root=${dir}`], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  });

  it('build (English only: no Spanish pages, no error about the missing content/es/), and search finds both pages', async () => {
    const built = await buildSite(join(dir, 'dist-after'), {}, dir);
    expect(built.code, built.output.slice(-3000)).toBe(0);
    expect(built.output).not.toMatch(/\[ERROR\]|not found|does not exist/i);
    expect(existsSync(join(dir, 'dist-after/es'))).toBe(false);
    const after = await serveDist(join(dir, 'dist-after'));
    try {
      const tab = await browser.newPage();
      await tab.goto(`${after.url}search/`);
      const search = (query: string): Promise<string[]> =>
        // A string, not a function: vitest would rewrite import() inside a function it compiles.
        tab.evaluate(`(async () => {
          const pagefind = await import(${JSON.stringify(`${after.url}pagefind/pagefind.js`)});
          const { results } = await pagefind.search(${JSON.stringify(query)});
          const top = await Promise.all(results.slice(0, 3).map((r) => r.data()));
          return top.map((d) => d.meta.url ?? d.url);
        })()`);
      // An FAQ answer opens on /faq/ at its question, as in the search box.
      expect((await search('swim')).some((url) => url.includes('can-i-swim-with-sciatica'))).toBe(true);
      expect(await search('hip bursitis')).toContain('/causes/hip-bursitis/');
    } finally {
      await after.close();
    }
  }, 120_000);
});
