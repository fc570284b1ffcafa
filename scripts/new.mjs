#!/usr/bin/env node
// npm run new -- <collection> "<Title>" [--mdx] [--slug=my-page]
// Writes a new page with every required field, today's date and TODO placeholders that
// fail the build until filled, then says where it is and how to preview it.
import './lib/ts-imports.mjs';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
// Dynamic imports: the hook above must be in place before the TypeScript modules load.
const { ScaffoldError, HEADINGS, resolveCollection, scaffoldArticle } = await import('../src/lib/scaffold.ts');
const { ARTICLE_FOLDERS } = await import('../src/lib/contentModel.ts');
const { SECTIONS } = await import('../src/lib/sections.ts');

const root = process.env.SITE_ROOT || process.cwd();
const args = process.argv.slice(2);
const flags = Object.fromEntries(args.filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=')));
const [collectionArg, ...titleWords] = args.filter((a) => !a.startsWith('--'));

const list = (folder, pattern) => {
  const dir = join(root, 'content', folder);
  return existsSync(dir) ? readdirSync(dir).filter((n) => pattern.test(n) && !n.startsWith('_')) : [];
};

try {
  const collection = resolveCollection(collectionArg);
  if (titleWords.length === 0) {
    throw new ScaffoldError(`What is the page called? Usage: npm run new -- ${ARTICLE_FOLDERS[collection]} "Title of the page"`);
  }
  const people = list('people', /\.ya?ml$/).map((name) => {
    const data = parse(readFileSync(join(root, 'content/people', name), 'utf8')) ?? {};
    return { id: name.replace(/\.ya?ml$/, ''), role: String(data.role ?? '') };
  });
  const pages = SECTIONS.flatMap((s) => list(ARTICLE_FOLDERS[s.collection], /\.mdx?$/).map((n) => `${s.path === 'faq' ? 'faq' : s.path}/${n.replace(/\.mdx?$/, '')}`)).filter((p) => !p.startsWith('faq/'));
  const result = scaffoldArticle({
    collection,
    title: titleWords.join(' '),
    today: new Date().toISOString().slice(0, 10),
    people,
    sources: list('sources', /\.ya?ml$/).map((n) => n.replace(/\.ya?ml$/, '')),
    existing: list(ARTICLE_FOLDERS[collection], /\.mdx?$/).map((n) => n.replace(/\.mdx?$/, '')),
    pages,
    mdx: 'mdx' in flags,
    slug: flags.slug,
  });
  const target = join(root, result.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, result.text, { flag: 'wx' });
  const section = SECTIONS.find((s) => s.collection === collection);
  const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
  console.log(`Created ${result.path}

Next:
  1. Open ${result.path} and replace the ${result.todos} TODO placeholders.
     The build fails while any TODO is left, so nothing half-written is published.
  2. Preview it: npm run dev, then open http://localhost:4321${base}${section.path}/${result.slug}/
     (the page shows while you write; the terminal lists what is still to do).
  3. Check it: npm run check
The fields are explained in CONTRIBUTING.md, section "${HEADINGS[collection]}".`);
} catch (error) {
  if (error instanceof ScaffoldError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
