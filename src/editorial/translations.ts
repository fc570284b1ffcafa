/**
 * The pre-flight for pages in other languages (content/es/<folder>/<slug>.md): each must
 * translate an English page that exists, carry its collection's translated fields, and say
 * which version of the English file it translates. A translation of an older version is
 * listed (not failed): the site shows it with a notice linking to the newer English page
 * until an editor updates it. English pages with no translation are listed too.
 */
import { createHash } from 'node:crypto';
import GithubSlugger from 'github-slugger';
import { ARTICLES, ARTICLE_COLLECTIONS, type ArticleCollection } from '../collections';
import { OTHER_LANGUAGES, type OtherLanguage } from '../i18n/locales';
import { TRANSLATION_SCHEMAS } from '../schemas/translations';
import type { CollectionSpec } from '../collections';
import type { ContentFile, Entry } from './entries';
import type { ContentProblem } from './problems';
import { parseYaml, splitFrontmatter } from './frontmatter';

/** The English fields a translation carries; a change to any other field (order, related pages, reviewer) leaves it current. */
const TRANSLATED_FIELDS = ['title', 'description', 'aliases', 'question', 'check', 'action', 'feelsLike', 'avoidWhen'] as const;

/**
 * The version of an English page a translation names: the first 12 hex digits of the SHA-256 of
 * what a translator translates (the words of its frontmatter and its text). Any change to those
 * makes the translation out of date.
 */
export function versionOf(text: string): string {
  const split = splitFrontmatter(text);
  const data = (split.status === 'ok' ? parseYaml(split.yaml, split.yamlLine).data : undefined) as Record<string, unknown> | undefined;
  const words = Object.fromEntries(TRANSLATED_FIELDS.map((f) => [f, data?.[f] ?? null]));
  const reason = (data?.evidence as { reason?: unknown } | undefined)?.reason ?? null;
  const body = split.status === 'ok' ? split.body : text;
  return createHash('sha256').update(JSON.stringify({ ...words, reason, body: body.trim() })).digest('hex').slice(0, 12);
}

/** The registry row a language's folder of one collection is checked with ("es:causes" in content/es/causes/). */
export function translationSpec(lang: OtherLanguage, collection: ArticleCollection): CollectionSpec {
  const { folder, path, noun } = ARTICLES[collection];
  return {
    collection: `${lang}:${collection}`,
    kind: 'article',
    folder: `${OTHER_LANGUAGES[lang].path}/${folder}`,
    path: `${OTHER_LANGUAGES[lang].path}/${path}`,
    noun: `${OTHER_LANGUAGES[lang].englishName} ${noun}`,
    schema: () => TRANSLATION_SCHEMAS[collection],
  };
}

export const TRANSLATION_SPECS = ARTICLE_COLLECTIONS.flatMap((c) =>
  (Object.keys(OTHER_LANGUAGES) as OtherLanguage[]).map((lang) => ({ lang, source: c, spec: translationSpec(lang, c) })),
);

/** "es:causes" → the language and the English collection; undefined for an English collection. */
export function translationOfCollection(collection: string): { lang: OtherLanguage; source: ArticleCollection } | undefined {
  const [lang, source] = collection.split(':');
  return source && lang && lang in OTHER_LANGUAGES && ARTICLE_COLLECTIONS.includes(source as ArticleCollection) ? { lang: lang as OtherLanguage, source: source as ArticleCollection } : undefined;
}

type Add = (p: Omit<ContentProblem, 'severity' | 'step'> & Partial<Pick<ContentProblem, 'severity' | 'step'>>) => void;

/**
 * Ties each translation to its English page once both passed their schemas: a translation of
 * no page fails; a translation of an older version, and an English page with no translation,
 * are listed. The translation's entry gets the English page's sources, so its citations are
 * checked against them.
 */
export function linkTranslations(
  files: readonly ContentFile[],
  entries: Entry[],
  enabled: readonly OtherLanguage[],
  add: Add,
  known: ReadonlyMap<string, string>,
): void {
  const english = new Map(entries.filter((e) => ARTICLE_COLLECTIONS.includes(e.collection as ArticleCollection)).map((e) => [`${e.collection}/${e.id}`, e]));
  const text = new Map(files.map((f) => [f.path, f.text ?? '']));
  const translated = new Set<string>();
  for (const entry of [...entries]) {
    const of = translationOfCollection(entry.collection);
    if (!of) continue;
    const key = `${of.source}/${entry.id}`;
    translated.add(`${of.lang}:${key}`);
    const source = english.get(key);
    if (!source) {
      // The English page exists but failed its own checks: that one problem is reported there,
      // and its translation waits for it (its citations are checked against the English sources).
      if (known.has(key)) {
        entries.splice(entries.indexOf(entry), 1);
        continue;
      }
      const folder = ARTICLES[of.source].folder;
      add({
        file: entry.file,
        message: `translates content/${folder}/${entry.id}.md, which does not exist; a translation has the same folder and file name as its English page`,
      });
      continue;
    }
    entry.data.sources = source.data.sources;
    const data = entry.data as { translationOf?: string; avoidWhen?: unknown[]; action?: string };
    const current = versionOf(text.get(source.file) ?? '');
    if (data.translationOf !== current) {
      add({
        file: entry.file,
        line: entry.yaml.lineOf(['translationOf']),
        field: 'translationOf',
        severity: 'warning',
        step: 'translations',
        message: `translates an older version of ${source.file} (${data.translationOf}; it is now ${current}). Bring the translation up to date with the English page, then set translationOf: ${current}. Until then the page says the English page is newer`,
      });
    }
    const englishAvoid = source.data.avoidWhen as unknown[] | undefined;
    if (englishAvoid && data.avoidWhen && englishAvoid.length !== data.avoidWhen.length) {
      add({
        file: entry.file,
        line: entry.yaml.lineOf(['avoidWhen']),
        field: 'avoidWhen',
        message: `has ${data.avoidWhen.length} items but ${source.file} has ${englishAvoid.length}; translate every item, in the same order`,
      });
    }
    if (Boolean(source.data.action) !== Boolean(data.action)) {
      add({
        file: entry.file,
        line: entry.yaml.lineOf(['action']) ?? 1,
        field: 'action',
        message: source.data.action ? `is missing; ${source.file} has an action, so translate it here` : `${source.file} has no action; remove it here`,
      });
    }
  }
  for (const lang of enabled) {
    for (const [key, source] of english) {
      if (source.draft || translated.has(`${lang}:${key}`)) continue;
      const [collection = '', id] = key.split('/');
      add({
        file: `content/${OTHER_LANGUAGES[lang].path}/${ARTICLES[collection as ArticleCollection].folder}/${id}${source.file.endsWith('.mdx') ? '.mdx' : '.md'}`,
        severity: 'warning',
        step: 'translations',
        message: `is missing: ${source.file} has no ${OTHER_LANGUAGES[lang].englishName} translation yet, so /${OTHER_LANGUAGES[lang].path}/ shows the English page with a notice. \`npm run translate -- ${ARTICLES[collection as ArticleCollection].path}/${id}\` starts one`,
      });
    }
  }
}

/** The ids Astro gives a Markdown body's headings, in order (github-slugger on the heading text). */
export function headingIds(body: string): string[] {
  const slugger = new GithubSlugger();
  return [...body.replace(/```[\s\S]*?```/g, '').matchAll(/^#{2,6}\s+(.+?)\s*#*\s*$/gm)].map((m) =>
    slugger.slug(
      (m[1] ?? '')
        .replace(/\[@[^\]]*\]/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]/g, '')
        .trim(),
    ),
  );
}

/**
 * The id of a heading of the English page on its translation: translations keep the English
 * page's headings in the same order, so "#warning-signs-in-pregnancy" on the English page is the
 * same section as the translation's heading in that place ("#señales-de-alarma-en-el-embarazo").
 */
export function translatedFragment(englishBody: string, translatedBody: string, fragment: string): string | undefined {
  const index = headingIds(englishBody).indexOf(fragment);
  return index < 0 ? undefined : headingIds(translatedBody)[index];
}
