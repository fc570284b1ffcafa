/**
 * Everything the pages show, loaded once per build and shaped so routes stay thin: drafts
 * dropped in production, references resolved, related pages grouped, lookups prepared.
 * Nothing is checked here: the pre-flight (src/integrations/contentCheck.ts) has already
 * stopped the build on any dangling reference, so a miss below is a bug, not an editor's slip.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { localeOf, uiStrings, type EnglishLocale, type Lang, type Locale, type OtherLanguage, type UiStrings } from '../lib/i18n';
import { localPath } from '../lib/urls';
import { versionOf } from '../editorial/translations';
import { bodiesOf, checkedContent } from '../editorial/pipeline';
import { ARTICLES, ARTICLE_COLLECTIONS, RELATED_FIELDS, articlePath, sectionOf, type ArticleCollection, type Section } from '../collections';
import { href } from '../lib/urls';
import { citedKeys } from '../lib/citations';
import { loadBrand, type Brand } from './brand';

export type SourceEntry = CollectionEntry<'sources'>;
export type PersonEntry = CollectionEntry<'people'>;
export type LocationEntry = CollectionEntry<'locations'>;
/** The practice settings in the page's language: `lang` is the page's locale (es-US on /es/). */
export type Practice = Omit<CollectionEntry<'practice'>['data'], 'lang'> & { lang: Locale };

export interface LinkItem {
  title: string;
  href: string;
  description: string;
}

export interface RelatedGroup {
  label: string;
  items: LinkItem[];
}

interface ArticleView {
  id: string;
  section: Section;
  /** Path with the base, ready for href. */
  href: string;
  title: string;
  /** What the page's h1 says: the question for an FAQ, the title otherwise. */
  heading: string;
  description: string;
  author: PersonEntry;
  reviewer: PersonEntry;
  sources: SourceEntry[];
  related: RelatedGroup[];
  /** Repository-relative path of the English file, e.g. content/causes/herniated-disc.md */
  file: string;
  /** In another language: the entry to render (the translation, or the English page when there is none). */
  content: CollectionEntry<ArticleCollection> | CollectionEntry<'esArticles'>;
  /** The Markdown of `content`, from the content check (Astro's store keeps only the rendered HTML). */
  body: string;
  /**
   * current: in the page's language and up to date; stale: translated from an older English
   * version; missing: no translation yet, so the English text is shown.
   */
  translation: 'current' | 'stale' | 'missing';
  /** The same page in English, for the notice on a stale or missing translation. */
  englishHref: string;
}

/** An article of any collection; narrowing on `collection` types `entry.data` without casts. */
export type Article = { [C in ArticleCollection]: ArticleView & { collection: C; entry: CollectionEntry<C> } }[ArticleCollection];
export type ArticleIn<C extends ArticleCollection> = Extract<Article, { collection: C }>;

export interface Site {
  /** The page's language, its locale and the interface's words in it. */
  lang: Lang;
  locale: Locale;
  t: UiStrings;
  /** A site path in the page's language, with the base: link('causes/') → '/es/causes/' on a Spanish page. */
  link(path: string): string;
  /** The languages the site is published in, English first. */
  languages: Lang[];
  /** The practice's English (site.yaml lang), whatever the page's language. */
  englishLocale: EnglishLocale;
  practice: Practice;
  /** Logo, favicon, hour cycle and interface words, from the practice settings. */
  brand: Brand;
  articles: Article[];
  byCollection: { [C in ArticleCollection]: ArticleIn<C>[] };
  sources: SourceEntry[];
  people: PersonEntry[];
  locations: LocationEntry[];
  find(collection: ArticleCollection, id: string): Article | undefined;
}

const isPublished = (entry: { data: { draft: boolean } }) => !import.meta.env.PROD || !entry.data.draft;

/** The value a checked reference must resolve to. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing although the content check passed`);
  return value;
}

const cached = new Map<Lang, Promise<Site>>();

/**
 * The whole site's data in one language. Memoised: every page of a build shares one load
 * per language (in dev, one per request).
 */
export function loadSite(lang: Lang = 'en'): Promise<Site> {
  if (!cached.has(lang) || import.meta.env.DEV) cached.set(lang, build(lang));
  return cached.get(lang)!;
}

/** The other languages the practice publishes (site.yaml otherLanguages). */
export async function otherLanguages(): Promise<OtherLanguage[]> {
  const [settings] = await getCollection('practice');
  return settings?.data.otherLanguages ?? [];
}

async function build(lang: Lang): Promise<Site> {
  const [sources, people, locations, [settings], translations, notes, bios, [practiceWords]] = await Promise.all([
    getCollection('sources'),
    getCollection('people'),
    getCollection('locations'),
    getCollection('practice'),
    lang === 'es' ? getCollection('esArticles', isPublished) : [],
    lang === 'es' ? getCollection('esSources') : [],
    lang === 'es' ? getCollection('esPeople') : [],
    lang === 'es' ? getCollection('esPractice') : [],
  ]);
  const english = must(settings, 'content/practice/site.yaml').data;
  const locale = localeOf(lang, english.lang);
  const t = uiStrings(locale);
  const link = (path: string) => href(localPath(lang, path));
  const translated = new Map(translations.map((e) => [e.id, e]));
  const note = new Map(notes.map((n) => [n.id, n.data.note]));
  const bio = new Map(bios.map((b) => [b.id, b.data.bio]));
  const here = practiceWords?.data;
  // Sources and people in the page's language: the note and the bio are translated, the rest is not.
  for (const s of sources) if (note.has(s.id)) s.data = { ...s.data, note: note.get(s.id) };
  for (const p of people) if (bio.has(p.id)) p.data = { ...p.data, bio: bio.get(p.id)! };
  for (const l of locations) {
    const local = here?.locations[l.data.id];
    if (local) l.data = { ...l.data, name: local.name ?? l.data.name, accessibility: local.accessibility.length ? local.accessibility : l.data.accessibility };
  }
  const entries = (await Promise.all(ARTICLE_COLLECTIONS.map((c) => getCollection(c)))).flat().filter(isPublished);
  const bodies = bodiesOf(checkedContent());
  const englishBody = (entry: { collection: ArticleCollection; id: string }) => bodies.get(`${entry.collection}/${entry.id}`) ?? '';
  const source = new Map(sources.map((s) => [s.id, s]));
  const person = new Map(people.map((p) => [p.id, p]));

  // Each page's words in this language: the translation's fields over the English entry's.
  type Entry = (typeof entries)[number];
  type Words = { entry: Entry; content: Article['content']; body: string; file: string; translation: Article['translation'] };
  const words = new Map<string, Words>(
    entries.map((entry): [string, Words] => {
      const other = translated.get(`${ARTICLES[entry.collection].folder}/${entry.id}`);
      const file = entry.filePath ? relative(process.cwd(), entry.filePath) : entry.id;
      if (!other) return [`${entry.collection}/${entry.id}`, { entry, content: entry, body: englishBody(entry), file, translation: lang === 'en' ? 'current' : 'missing' }];
      const { translationOf, evidenceReason, ...fields } = other.data as Record<string, unknown> & { translationOf: string; evidenceReason?: string };
      const data = { ...entry.data, ...fields } as Record<string, unknown>;
      if (evidenceReason && 'evidence' in entry.data) data.evidence = { ...entry.data.evidence, reason: evidenceReason };
      const current = entry.filePath ? versionOf(readFileSync(entry.filePath, 'utf8')) : translationOf;
      return [
        `${entry.collection}/${entry.id}`,
        { entry: { ...entry, data } as Entry, content: other, body: bodies.get(`${lang}:${entry.collection}/${entry.id}`) ?? '', file, translation: translationOf === current ? 'current' : 'stale' },
      ];
    }),
  );
  const sectionIn = (c: ArticleCollection) => ({ ...sectionOf(c), label: t.sections[c].label, singular: t.sections[c].singular, intro: t.sections[c].intro });

  const articles = [...words.values()].map(({ entry, content, body, file, translation }) => {
    const { data } = entry;
    const related = RELATED_FIELDS.flatMap(({ field, collection }) => {
      const refs = ((data as Record<string, unknown>)[field] ?? []) as { id: string }[];
      // A related draft is left out of the published site, not an error.
      const items = refs.flatMap(({ id }) => {
        const page = words.get(`${collection}/${id}`)?.entry;
        return page ? [{ title: page.data.title, description: page.data.description, href: link(articlePath(collection, id)) }] : [];
      });
      return items.length ? [{ label: t.sections[collection].related, items }] : [];
    });
    return {
      entry,
      content,
      body,
      translation,
      englishHref: href(articlePath(entry.collection, entry.id)),
      collection: entry.collection,
      id: entry.id,
      section: sectionIn(entry.collection),
      href: link(articlePath(entry.collection, entry.id)),
      title: data.title,
      heading: entry.collection === 'faqs' ? entry.data.question : data.title,
      description: data.description,
      author: must(person.get(data.author.id), `${file}: author ${data.author.id}`),
      reviewer: must(person.get(data.reviewer.id), `${file}: reviewer ${data.reviewer.id}`),
      // Numbered as the body's markers are: in the order first cited, then any listed but not cited.
      sources: [...new Set([...citedKeys(englishBody(entry)), ...data.sources.map((ref) => ref.id)])].map((id) => must(source.get(id), `${file}: source ${id}`)),
      related,
      file,
    } as Article;
  });

  const byOrder = (a: Article, b: Article) => a.entry.data.order - b.entry.data.order || a.title.localeCompare(b.title);
  const byCollection = Object.fromEntries(
    ARTICLE_COLLECTIONS.map((c) => [c, articles.filter((a) => a.collection === c).sort(byOrder)]),
  ) as Site['byCollection'];
  const index = new Map(articles.map((a) => [`${a.collection}/${a.id}`, a]));

  const practice: Practice = here
    ? { ...english, lang: locale, tagline: here.tagline, emergencyWording: here.emergencyWording, region: here.region, logo: english.logo && { ...english.logo, alt: here.logoAlt ?? english.logo.alt } }
    : { ...english, lang: locale };
  return {
    lang,
    locale,
    t,
    link,
    languages: ['en', ...english.otherLanguages],
    englishLocale: english.lang,
    practice,
    brand: await loadBrand(english, locale),
    articles: ARTICLE_COLLECTIONS.flatMap((c) => byCollection[c] as Article[]),
    byCollection,
    sources: sources.sort((a, b) => a.id.localeCompare(b.id)),
    people,
    locations: locations.sort((a, b) => a.data.name.localeCompare(b.data.name)),
    find: (collection, id) => index.get(`${collection}/${id}`),
  };
}
