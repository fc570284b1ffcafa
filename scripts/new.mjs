#!/usr/bin/env node
// npm run new -- <collection> "<Title>" [--mdx] [--slug=my-page]
// Writes a new page with every required field, today's date and TODO placeholders that
// fail the build until filled, then says where it is and how to preview it.
import './lib/ts-imports.mjs';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
// Dynamic imports: the hook above must be in place before the TypeScript modules load.
const { ScaffoldError, resolveCollection, scaffoldArticle } = await import('../src/editorial/scaffold.ts');
const { ARTICLES } = await import('../src/collections.ts');
const { checkContent } = await import('../src/editorial/pipeline.ts');

const root = process.env.SITE_ROOT || process.cwd();
const args = process.argv.slice(2);
const flags = Object.fromEntries(args.filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=')));
const [collectionArg, ...titleWords] = args.filter((a) => !a.startsWith('--'));

try {
  const collection = resolveCollection(collectionArg);
  if (titleWords.length === 0) {
    throw new ScaffoldError(`What is the page called? Usage: npm run new -- ${ARTICLES[collection].folder} "Title of the page"`);
  }
  // People, sources and pages come from the same content check the build runs.
  const { entries } = checkContent(root, 'check');
  const ids = (collection) => entries.filter((e) => e.collection === collection).map((e) => e.id);
  // Any file takes its slug, even one with a fault.
  const folder = join(root, 'content', ARTICLES[collection].folder);
  const existing = existsSync(folder) ? readdirSync(folder).filter((n) => /\.mdx?$/.test(n)).map((n) => n.replace(/\.mdx?$/, '')) : [];
  const result = scaffoldArticle({
    collection,
    title: titleWords.join(' '),
    today: new Date().toISOString().slice(0, 10),
    people: entries.filter((e) => e.collection === 'people').map((e) => ({ id: e.id, role: String(e.data.role) })),
    sources: ids('sources'),
    existing,
    pages: Object.keys(ARTICLES).filter((c) => c !== 'faqs').flatMap((c) => ids(c).map((id) => `${ARTICLES[c].path}/${id}`)),
    mdx: 'mdx' in flags,
    slug: flags.slug,
  });
  const target = join(root, result.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, result.text, { flag: 'wx' });
  const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
  console.log(`Created ${result.path}

Next:
  1. Open ${result.path} and replace the ${result.todos} TODO placeholders.
     The build fails while any TODO is left, so nothing half-written is published.
  2. Preview it: npm run dev, then open http://localhost:4321${base}${ARTICLES[collection].path}/${result.slug}/
     (the page shows while you write; the terminal lists what is still to do).
  3. Check it: npm run check
  4. Once it is reviewed, start its Spanish page: npm run translate -- ${ARTICLES[collection].path}/${result.slug}
     (until then /es/ shows the English page with a note in Spanish).
The fields are explained in CONTRIBUTING.md, section "${ARTICLES[collection].contributing}".`);
} catch (error) {
  if (error instanceof ScaffoldError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
