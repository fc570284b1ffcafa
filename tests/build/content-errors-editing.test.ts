// The editor's path from CONTRIBUTING.md, end to end, in a copy of the site: `npm run new`
// for each kind of page, the build's content check refusing the unfilled TODOs, the pages filled in the way
// the guide says, then a build in which every new page appears in its lists and in search.
// The copy also sets editBaseUrl (the real site leaves it unset), to prove both states of
// "Edit this page"; the real build proves "Page last updated" from git history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { fixtureProject } from '../helpers/fixtureProject';
import { buildSite, type BuildResult } from '../helpers/buildSite';
import { builtFiles, builtPages, readPage } from '../helpers/dist';
import { root, TEST_BOOKING_ENDPOINT } from '../helpers/paths';
import { serveDist, type StaticServer } from '../helpers/staticServer';
import { launchBrowser } from '../helpers/browser';
import { formatDate } from '../../src/lib/dates';
import contentCheck from '../../src/integrations/contentCheck';
import { pathToFileURL } from 'node:url';

const EDIT_BASE = 'https://git.example.com/clinic/site/edit/main/';
const OTHER_NUMBER = '999';
const OTHER_WORDING = 'call 999 or go to A&E straight away';
const OTHER_WORDING_ES = 'llame al 999 o vaya de inmediato a urgencias (A&E)';
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAEUlEQVR4nGM40+GCFTEMpAQAhOBMgUcO658AAAAASUVORK5CYII=';

interface NewPage {
  kind: string;
  title: string;
  flags?: string[];
  file: string;
  url: string;
  /** Search result a visitor should get for the title (FAQ answers open on /faq/). */
  result: string;
  /** Field values the editor writes in place of each TODO. */
  fields: Record<string, string>;
  body: string;
}

const PAGES: NewPage[] = [
  {
    kind: 'causes',
    title: 'Sacroiliac joint pain',
    file: 'content/causes/sacroiliac-joint-pain.md',
    url: '/causes/sacroiliac-joint-pain/',
    result: '/causes/sacroiliac-joint-pain/',
    fields: {
      description: 'Pain from the joint between the spine and the pelvis can feel like sciatica. How to tell them apart, and where massage fits.',
      sources: '[nhs-sciatica, koes2007]',
      aliases: '[SI joint pain, sacroiliitis]',
      massageRole: 'adjunct',
      positions: '[side-with-pillow, reclined]',
      relatedSymptoms: '[back-and-buttock-pain]',
      relatedCauses: '[herniated-disc]',
    },
    body: `\n## What it is\n\nThe sacroiliac joints link the bottom of your spine to your pelvis. True sciatica is leg pain from an irritated nerve root, and it often runs below the knee [@koes2007].\n\n## How it feels\n\nSciatica tends to shoot down one leg and may bring numbness or tingling [@nhs-sciatica]. Read about the [herniated disc](/causes/herniated-disc/).\n\n![A pillow placed between the knees](./images/pillow.png)\n`,
  },
  {
    kind: 'symptoms',
    title: 'Pain when standing up',
    file: 'content/symptoms/pain-when-standing-up.md',
    url: '/symptoms/pain-when-standing-up/',
    result: '/symptoms/pain-when-standing-up/',
    fields: {
      description: 'Leg pain that starts when you stand or walk and eases when you sit or lean forward. What it can mean and what helps.',
      sources: '[katz2022]',
      relatedCauses: '[spinal-stenosis]',
    },
    body: `\n## How it feels\n\nSome people feel leg pain when they stand or walk. It eases when they sit or lean forward on a shopping cart [@katz2022].\n`,
  },
  {
    kind: 'massage-types',
    title: 'Hot stone massage',
    file: 'content/massage-types/hot-stone-massage.md',
    url: '/massage-types/hot-stone-massage/',
    result: '/massage-types/hot-stone-massage/',
    fields: {
      description: 'Smooth warm stones glided over the body. What hot stone massage feels like with sciatica, and the cautions.',
      sources: '[furlan2015, batavia2004]',
      pressure: 'light',
      feelsLike: 'Warm, smooth stones that glide slowly over your back; the heat should feel pleasant, never hot.',
      avoidWhen: '["You have numb skin where the stones would go"]',
      level: 'limited',
      reason: 'No trials of hot stones for sciatica; massage for back pain gives small, short relief.',
    },
    body: `\n## What the evidence says\n\nMassage for low back pain gives a small amount of relief for a short time [@furlan2015]. Heat on numb skin can burn [@batavia2004].\n`,
  },
  {
    kind: 'red-flags',
    title: 'Pain after a fall in an older person',
    file: 'content/red-flags/pain-after-a-fall-in-an-older-person.md',
    url: '/red-flags/pain-after-a-fall-in-an-older-person/',
    result: '/red-flags/pain-after-a-fall-in-an-older-person/',
    fields: {
      description: 'Back or leg pain after a fall or a crash needs a doctor before any massage. What to do and why.',
      urgency: 'emergency',
      check: 'Did your pain start after a fall, a car crash or another big injury?',
    },
    body: `\nLeg or back pain that starts after a big injury is an emergency [@nhs-sciatica]. See [all warning signs](/red-flags/).\n`,
  },
  {
    kind: 'faqs',
    title: 'Can I keep walking with sciatica?',
    file: 'content/faqs/can-i-keep-walking-with-sciatica.md',
    url: '/faq/can-i-keep-walking-with-sciatica/',
    result: '/faq/#can-i-keep-walking-with-sciatica',
    fields: {
      description: 'Yes. Staying active helps you recover sooner than resting in bed. How to walk when it hurts.',
      sources: '[nhs-sciatica, hagen2005]',
      question: 'Can I keep walking with sciatica?',
      more: 'guides/self-care',
    },
    body: `\nYes. Moving may hurt, but it does no harm and can help you get better sooner [@nhs-sciatica]. Bed rest works no better than staying active [@hagen2005]. Read more in [self-care](/guides/self-care/).\n`,
  },
  {
    kind: 'guides',
    title: 'Sleeping with sciatica',
    flags: ['--mdx'],
    file: 'content/guides/sleeping-with-sciatica.mdx',
    url: '/guides/sleeping-with-sciatica/',
    result: '/guides/sleeping-with-sciatica/',
    fields: {
      description: 'How to lie in bed with sciatica: lying on one side with a cushion between the knees, and small changes that may help you rest.',
      sources: '[nhs-sciatica, katz2022]',
      level: 'limited',
      reason: 'No trials compare sleep positions for sciatica; this advice rests on comfort.',
      relatedGuides: '[self-care]',
    },
    body: `import { Callout, Figure, TablePositions } from '../../src/components/mdx';\nimport pillow from './images/pillow.png';\n\n## Try lying on your side\n\nMany people rest best on their side with a pillow between the knees [@nhs-sciatica].\n\n<Callout type="tip" title="Pillow between the knees">\nA firm pillow keeps your hips level while you sleep [@nhs-sciatica].\n</Callout>\n\n<Figure src={pillow} alt="A firm pillow between two knees" caption="A firm pillow works best." />\n\n<TablePositions caption="The same positions work in bed." />\n\n## Get up gently\n\nBending the knees gives the nerves more room [@katz2022].\n`,
  },
];

/** What an editor does, following CONTRIBUTING.md: fill each TODO, delete the notes. */
function fill(text: string, page: NewPage): string {
  const [frontmatter = ''] = text.split('\n---\n');
  const lines: string[] = [];
  let skipItems = false;
  for (const line of frontmatter.split('\n')) {
    if (line.startsWith('# ')) continue;
    if (skipItems && line.startsWith('  - ')) continue;
    skipItems = false;
    const key = /^(\s*)([A-Za-z]+):/.exec(line);
    const value = key ? page.fields[key[2]!] : undefined;
    if (key && value !== undefined) {
      lines.push(`${key[1]}${key[2]}: ${/: /.test(value) && !value.startsWith('"') && !value.startsWith('[') ? JSON.stringify(value) : value}`);
      skipItems = true;
    } else lines.push(line.replace(/\s+# TODO.*$/, ''));
  }
  return `${lines.join('\n')}\n---\n${page.body}`;
}

function buildStopsWith(project: string): string {
  const hook = contentCheck().hooks['astro:config:setup'] as (options: unknown) => void;
  const logger = { error() {}, warn() {}, info() {} };
  try {
    hook({ command: 'build', config: { root: pathToFileURL(`${project}/`) }, logger });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return '(the content check let the build go on)';
}

let dir: string;
/** What `astro build` stops with before it reads a page: the content check's own hook, run in place of a second build. */
let unfilled: string;
let built: BuildResult;
const created: Record<string, string> = {};

beforeAll(async () => {
  const site = readFileSync(join(root, 'content/practice/site.yaml'), 'utf8');
  // A practice with another emergency number, to prove every page follows the setting.
  const settings = site.replace(/^emergencyNumber: .*$/m, `emergencyNumber: "${OTHER_NUMBER}"`).replace(/^emergencyWording: .*$/m, `emergencyWording: ${OTHER_WORDING}`);
  // Its Spanish pages' sentence too (the check fails while it still says 911).
  const spanish = readFileSync(join(root, 'content/es/practice.yaml'), 'utf8').replace(/^emergencyWording: .*$/m, `emergencyWording: ${OTHER_WORDING_ES}`);
  dir = fixtureProject('editors-new-pages', {
    'content/practice/site.yaml': `${settings.trimEnd()}\neditBaseUrl: ${EDIT_BASE}\n`,
    'content/es/practice.yaml': spanish,
  });
  for (const folder of ['causes', 'guides']) {
    mkdirSync(join(dir, 'content', folder, 'images'), { recursive: true });
    writeFileSync(join(dir, 'content', folder, 'images', 'pillow.png'), Buffer.from(PNG, 'base64'));
  }
  // The six `npm run new` calls at once: each writes its own file.
  await Promise.all(
    PAGES.map(
      (page) =>
        new Promise<void>((resolve) => {
          execFile(process.execPath, [join(root, 'scripts/new.mjs'), page.kind, page.title, ...(page.flags ?? [])], { cwd: dir, encoding: 'utf8' }, (_error, stdout, stderr) => {
            created[page.kind] = `${stdout}${stderr}`;
            resolve();
          });
        }),
    ),
  );
  const env = { PUBLIC_BOOKING_ENDPOINT: TEST_BOOKING_ENDPOINT };
  unfilled = buildStopsWith(dir);
  for (const page of PAGES) writeFileSync(join(dir, page.file), fill(readFileSync(join(dir, page.file), 'utf8'), page));
  built = await buildSite(join(dir, 'dist'), env, dir);
}, 240_000);

describe('npm run new', () => {
  it.each(PAGES)('$kind: says where the file is and how to preview it', (page) => {
    expect(created[page.kind]).toContain(`Created ${page.file}`);
    expect(created[page.kind]).toContain(`npm run dev, then open http://localhost:4321${page.url}`);
    expect(created[page.kind]).toMatch(/replace the \d+ TODO placeholders/);
  });
  it('refuses an existing slug and an unknown collection', () => {
    const again = spawnSync(process.execPath, [join(root, 'scripts/new.mjs'), 'causes', 'Sacroiliac joint pain'], { cwd: dir, encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/causes/sacroiliac-joint-pain already exists');
    const unknown = spawnSync(process.execPath, [join(root, 'scripts/new.mjs'), 'treatments', 'X ray'], { cwd: dir, encoding: 'utf8' });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('"treatments" is not a collection');
  });
});

describe('a build with the TODOs still in', () => {
  it('fails, listing every new file and its placeholders', () => {
    expect(unfilled).toContain('The site cannot be built until these content problems are fixed');
    for (const page of PAGES) expect(unfilled).toMatch(new RegExp(`${page.file}:\\d+ field "description": still has the placeholder "TODO: one sentence`));
  });
});

describe('the pages, filled in as CONTRIBUTING.md says', () => {
  it('build', () => {
    expect(built.code, built.output.slice(-3000)).toBe(0);
  });
  it.each(PAGES)('$kind: the page is published and listed', (page) => {
    const dist = join(dir, 'dist');
    expect(readPage(page.url, dist)).toContain('data-pagefind-body');
    const list = page.kind === 'faqs' ? '/faq/' : `/${page.kind}/`;
    expect(readPage(list, dist)).toContain(page.kind === 'faqs' ? page.fields.question! : page.url);
  });
  it('the new red flag is in the warning panel on every page and in the booking safety check', () => {
    const dist = join(dir, 'dist');
    expect(readPage('/causes/herniated-disc/', dist)).toContain('/red-flags/pain-after-a-fall-in-an-older-person/');
    expect(readPage('/book/', dist)).toContain('Did your pain start after a fall, a car crash or another big injury?');
  });
  it('the MDX guide shows the callout (with its citation), the picture with alt text and the diagram', () => {
    const html = readPage('/guides/sleeping-with-sciatica/', join(dir, 'dist'));
    expect(html).toMatch(/<div class="callout callout--tip" role="note"[^>]*><p class="callout__title"[^>]*><strong[^>]*>Tip: Pillow between the knees<\/strong>/);
    expect(html).toMatch(/A firm pillow keeps your hips level while you sleep<sup class="cite"><a href="#source-\d+" aria-label="Source \d+: NHS, Sciatica"/);
    expect(html).toMatch(/<figure class="figure"[^>]*><img[^>]*src="\/_astro\/pillow[^"]*"[^>]*alt="A firm pillow between two knees"|<figure class="figure"[^>]*><img[^>]*alt="A firm pillow between two knees"[^>]*src="\/_astro\/pillow/);
    expect(html).toContain('The same positions work in bed.');
  });
  it('a Markdown picture next to the page is published with its alt text', () => {
    expect(readPage('/causes/sacroiliac-joint-pain/', join(dir, 'dist'))).toMatch(/<img[^>]*alt="A pillow placed between the knees"/);
  });
  it('every article links "Edit this page" to its file when editBaseUrl is set', () => {
    const dist = join(dir, 'dist');
    expect(readPage('/causes/sacroiliac-joint-pain/', dist)).toContain(`<a href="${EDIT_BASE}content/causes/sacroiliac-joint-pain.md" rel="noopener noreferrer"`);
    expect(readPage('/causes/herniated-disc/', dist)).toContain(`<a href="${EDIT_BASE}content/causes/herniated-disc.md"`);
  });
});

describe('search finds the new pages', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await serveDist(join(dir, 'dist'));
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(`${server.url}search/`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The site's Pagefind index, as the search box queries it: the top three results' addresses. */
  async function search(query: string): Promise<string[]> {
    // A string, not a function: vitest would rewrite import() inside a function it compiles.
    return page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${server.url}pagefind/pagefind.js`)});
      const { results } = await pagefind.search(${JSON.stringify(query)});
      const top = await Promise.all(results.slice(0, 3).map((r) => r.data()));
      // An FAQ answer opens on /faq/ at its question (its "url" meta), as in the search box.
      return top.map((d) => d.meta.url ?? d.url);
    })()`);
  }

  it.each(PAGES)('$kind: "$title"', async ({ title, result }) => {
    expect((await search(title)).slice(0, 3)).toContain(result);
  });
  it('by an alias too', async () => {
    expect((await search('SI joint pain')).slice(0, 3)).toContain('/causes/sacroiliac-joint-pain/');
  });
});

describe('a practice whose emergency number is not 911', () => {
  const dist = () => join(dir, 'dist');
  const pages = () => builtPages(dist());
  it('no page, feed or file of the build says 911', () => {
    const offenders = builtFiles(dist()).filter((file) => /(^|[^\d])911(?!\d)/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
  it('every page tells the reader its own number, and the articles, booking check and card use it', () => {
    for (const page of pages()) expect(readPage(page, dist()), page).toContain(OTHER_NUMBER);
    expect(readPage('/red-flags/saddle-numbness/', dist())).toContain('Call 999 or go to A&amp;E straight away.');
    expect(readPage('/book/', dist())).toContain('<a class="button danger" href="tel:999">Call 999</a>');
    expect(readPage('/emergency-card/', dist())).toMatch(/Emergency number: <a href="tel:999"[^>]*>999<\/a>/);
  });
});

describe('the real site (editBaseUrl not set)', () => {
  it('shows no "Edit this page" link', () => {
    const site = readFileSync(join(root, 'content/practice/site.yaml'), 'utf8');
    expect(site).not.toMatch(/^editBaseUrl:/m);
    expect(readPage('/causes/herniated-disc/')).not.toContain('Edit this page');
  });
  it('shows "Page last updated" from the file’s last commit', () => {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content/causes/herniated-disc.md'], { cwd: root, encoding: 'utf8' }).trim();
    const date = new Date(iso);
    expect(readPage('/causes/herniated-disc/')).toContain(
      `Page last updated on <time datetime="${iso.slice(0, 10)}" data-astro-cid-`,
    );
    expect(readPage('/causes/herniated-disc/')).toContain(`>${formatDate(new Date(`${date.toISOString().slice(0, 10)}T00:00:00Z`))}</time>`);
  });
});
