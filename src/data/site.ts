/**
 * Everything the pages show, loaded once per build and shaped so routes stay thin: drafts
 * dropped in production, references resolved, related pages grouped, lookups prepared.
 * Nothing is checked here: the pre-flight (src/integrations/contentCheck.ts) has already
 * stopped the build on any dangling reference, so a miss below is a bug, not an editor's slip.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { relative } from 'node:path';
import { ARTICLE_COLLECTIONS, RELATED_FIELDS, articlePath, sectionOf, type ArticleCollection, type Section } from '../collections';
import { href } from '../lib/urls';
import { citedKeys } from '../lib/citations';
import { loadBrand, type Brand } from './brand';

export type SourceEntry = CollectionEntry<'sources'>;
export type PersonEntry = CollectionEntry<'people'>;
export type LocationEntry = CollectionEntry<'locations'>;
export type Practice = CollectionEntry<'practice'>['data'];

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
  /** Repository-relative path of the source file, e.g. content/causes/herniated-disc.md */
  file: string;
}

/** An article of any collection; narrowing on `collection` types `entry.data` without casts. */
export type Article = { [C in ArticleCollection]: ArticleView & { collection: C; entry: CollectionEntry<C> } }[ArticleCollection];
export type ArticleIn<C extends ArticleCollection> = Extract<Article, { collection: C }>;

export interface Site {
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

let cached: Promise<Site> | undefined;

/** The whole site's data. Memoised: every page of a build shares one load (in dev, one per request). */
export function loadSite(): Promise<Site> {
  if (!cached || import.meta.env.DEV) cached = build();
  return cached;
}

async function build(): Promise<Site> {
  const [sources, people, locations, [settings]] = await Promise.all([
    getCollection('sources'),
    getCollection('people'),
    getCollection('locations'),
    getCollection('practice'),
  ]);
  const entries = (await Promise.all(ARTICLE_COLLECTIONS.map((c) => getCollection(c)))).flat().filter(isPublished);
  const published = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));
  const source = new Map(sources.map((s) => [s.id, s]));
  const person = new Map(people.map((p) => [p.id, p]));

  const articles = entries.map((entry) => {
    const { data } = entry;
    const file = entry.filePath ? relative(process.cwd(), entry.filePath) : entry.id;
    const related = RELATED_FIELDS.flatMap(({ field, collection, label }) => {
      const refs = ((data as Record<string, unknown>)[field] ?? []) as { id: string }[];
      // A related draft is left out of the published site, not an error.
      const items = refs.flatMap(({ id }) => {
        const page = published.get(`${collection}/${id}`);
        return page ? [{ title: page.data.title, description: page.data.description, href: href(articlePath(collection, id)) }] : [];
      });
      return items.length ? [{ label, items }] : [];
    });
    return {
      entry,
      collection: entry.collection,
      id: entry.id,
      section: sectionOf(entry.collection),
      href: href(articlePath(entry.collection, entry.id)),
      title: data.title,
      heading: entry.collection === 'faqs' ? entry.data.question : data.title,
      description: data.description,
      author: must(person.get(data.author.id), `${file}: author ${data.author.id}`),
      reviewer: must(person.get(data.reviewer.id), `${file}: reviewer ${data.reviewer.id}`),
      // Numbered as the body's markers are: in the order first cited, then any listed but not cited.
      sources: [...new Set([...citedKeys(entry.body ?? ''), ...data.sources.map((ref) => ref.id)])].map((id) => must(source.get(id), `${file}: source ${id}`)),
      related,
      file,
    } as Article;
  });

  const byOrder = (a: Article, b: Article) => a.entry.data.order - b.entry.data.order || a.title.localeCompare(b.title);
  const byCollection = Object.fromEntries(
    ARTICLE_COLLECTIONS.map((c) => [c, articles.filter((a) => a.collection === c).sort(byOrder)]),
  ) as Site['byCollection'];
  const index = new Map(articles.map((a) => [`${a.collection}/${a.id}`, a]));

  const practice = must(settings, 'content/practice/site.yaml').data;
  return {
    practice,
    brand: await loadBrand(practice),
    articles: ARTICLE_COLLECTIONS.flatMap((c) => byCollection[c] as Article[]),
    byCollection,
    sources: sources.sort((a, b) => a.id.localeCompare(b.id)),
    people,
    locations: locations.sort((a, b) => a.data.name.localeCompare(b.data.name)),
    find: (collection, id) => index.get(`${collection}/${id}`),
  };
}
