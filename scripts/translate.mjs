#!/usr/bin/env node
// npm run translate -- <section>/<slug> [--lang=es] [--done]
//   no translation yet: writes content/es/<folder>/<slug>.md from the English page (draft, TODOs)
//   a translation exists: says whether it is current; if not, shows what changed in English since
//     (git diff from the version it translates)
//   --done: after updating the translation, records the English page's current version in it
import './lib/ts-imports.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cliOptions } from './lib/cli.mjs';
const { ARTICLES, sectionByPath } = await import('../src/collections.ts');
const { OTHER_LANGUAGES } = await import('../src/i18n/locales.ts');
const { versionOf } = await import('../src/editorial/translations.ts');
const { scaffoldTranslation, markTranslated } = await import('../src/editorial/translate.ts');
const { splitFrontmatter, parseYaml } = await import('../src/editorial/frontmatter.ts');

const root = process.env.SITE_ROOT || process.cwd();
const flags = cliOptions();
const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const lang = typeof flags.lang === 'string' ? flags.lang : 'es';
const fail = (message) => {
  console.error(`✖ ${message}`);
  process.exit(1);
};

const [target] = positional;
if (!target) fail('Which page? Usage: npm run translate -- causes/herniated-disc   (section/slug, as in the page address)');
if (!(lang in OTHER_LANGUAGES)) fail(`--lang=${lang} is not a language the site knows; use one of: ${Object.keys(OTHER_LANGUAGES).join(', ')}`);
const [sectionPath, slug] = target.replace(/^\/+|\/+$/g, '').replace(/^es\//, '').split('/');
const section = sectionByPath(sectionPath ?? '');
if (!section || !slug) fail(`"${target}" is not section/slug; e.g. causes/herniated-disc or faq/bed-rest`);
const folder = ARTICLES[section.collection].folder;
const english = ['.md', '.mdx'].map((ext) => `content/${folder}/${slug}${ext}`).find((p) => existsSync(join(root, p)));
if (!english) fail(`there is no content/${folder}/${slug}.md to translate`);
const ext = english.endsWith('.mdx') ? '.mdx' : '.md';
const translation = `content/${OTHER_LANGUAGES[lang].path}/${folder}/${slug}${ext}`;
const englishText = readFileSync(join(root, english), 'utf8');
const version = versionOf(englishText);

if (!existsSync(join(root, translation))) {
  const split = splitFrontmatter(englishText);
  const data = parseYaml(split.yaml ?? '', 1).data ?? {};
  mkdirSync(dirname(join(root, translation)), { recursive: true });
  writeFileSync(join(root, translation), scaffoldTranslation(section.collection, data, split.body ?? '', version));
  console.log(`✔ Wrote ${translation} from ${english} (version ${version}).`);
  console.log('  Translate every TODO line, the values and the text; then delete "draft: true".');
  console.log('  Until then the Spanish site shows the English page with a notice. `npm run check` lists what is left.');
  process.exit(0);
}

const text = readFileSync(join(root, translation), 'utf8');
const recorded = /^translationOf:\s*([0-9a-f]+)/m.exec(text)?.[1];
if (flags.done !== undefined) {
  writeFileSync(join(root, translation), markTranslated(text, version));
  console.log(`✔ ${translation} now translates version ${version} of ${english}.`);
  process.exit(0);
}
if (recorded === version) {
  console.log(`✔ ${translation} translates the current version of ${english} (${version}).`);
  process.exit(0);
}
console.log(`! ${translation} translates version ${recorded ?? '(none)'}; ${english} is now ${version}.`);
// The English file's versions in git, newest first: the one the translation names shows what changed.
try {
  const commits = execFileSync('git', ['log', '--format=%H', '--', english], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  const from = commits.find((c) => versionOf(execFileSync('git', ['show', `${c}:${english}`], { cwd: root, encoding: 'utf8' })) === recorded);
  if (from) {
    console.log(`  What changed in English since then (git diff ${from.slice(0, 8)}):\n`);
    console.log(execFileSync('git', ['diff', '--no-color', from, '--', english], { cwd: root, encoding: 'utf8' }));
  } else console.log('  (That version is not in this repository\'s history; compare the two pages side by side.)');
} catch {
  console.log('  (No git history here; compare the two pages side by side.)');
}
console.log(`  Update the translation, then run: npm run translate -- ${target} --done`);
process.exit(1);
