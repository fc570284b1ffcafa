/**
 * Everything the pages show, loaded once per build: collections read, drafts dropped
 * in production, every cross-reference checked (Astro resolves reference() lazily and
 * would otherwise let a dangling one through), and lookups prepared so routes stay thin.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { relative } from 'node:path';
import { citedKeys } from '../lib/citations';
import { SECTIONS, articlePath, sectionOf, type Section } from '../lib/sections';
import { withBase } from '../lib/urls';
import { ARTICLE_FOLDERS } from '../lib/contentModel';
import { ARTICLE_COLLECTIONS, type ArticleCollection } from '../schemas/shared';

export type ArticleEntry = CollectionEntry<ArticleCollection>;
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

export interface Article {
  entry: ArticleEntry;
  collection: ArticleCollection;
  id: string;
  section: Section;
  /** Path with the base, ready for href. */
  href: string;
  title: string;
  description: string;
  author: PersonEntry;
  reviewer: PersonEntry;
  sources: SourceEntry[];
  related: RelatedGroup[];
  /** Repository-relative path of the source file, e.g. content/causes/herniated-disc.md */
  file: string;
}

export interface Site {
  practice: Practice;
  articles: Article[];
  byCollection: Record<ArticleCollection, Article[]>;
  sources: SourceEntry[];
  people: PersonEntry[];
  locations: LocationEntry[];
  find(collection: ArticleCollection, id: string): Article | undefined;
}

/** A site path with the deployment's base path in front. */
export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);

const RELATED_FIELDS: { field: string; collection: ArticleCollection; label: string }[] = [
  { field: 'relatedCauses', collection: 'causes', label: 'Related causes' },
  { field: 'relatedSymptoms', collection: 'symptoms', label: 'Related symptoms' },
  { field: 'relatedMassageTypes', collection: 'massageTypes', label: 'Massage types to read about' },
  { field: 'relatedRedFlags', collection: 'redFlags', label: 'Warning signs to know' },
  { field: 'relatedGuides', collection: 'guides', label: 'Related guides' },
];

interface Ref {
  collection: string;
  id: string;
}

const isPublished = (entry: { data: { draft?: boolean } }) => !import.meta.env.PROD || entry.data.draft !== true;

let cached: Promise<Site> | undefined;

/** The whole site's data. Memoised: every page of a build shares one load. */
export function loadSite(): Promise<Site> {
  // In dev, reload so an edited file shows up; in a build, load once for every page.
  if (!cached || import.meta.env.DEV) cached = build();
  return cached;
}

async function build(): Promise<Site> {
  const [sources, people, locations, practiceEntries] = await Promise.all([
    getCollection('sources'),
    getCollection('people'),
    getCollection('locations'),
    getCollection('practice'),
  ]);
  const practice = practiceEntries.find((entry) => entry.id === 'site')?.data;
  if (!practice) throw new Error('content/practice/site.yaml is missing: the practice settings (name, phone, emergency number) live there.');

  const allEntries = await Promise.all(
    ARTICLE_COLLECTIONS.map(async (collection) => [collection, await getCollection(collection)] as const),
  );
  const published = new Map<string, ArticleEntry>();
  const drafts = new Set<string>();
  for (const [collection, entries] of allEntries) {
    for (const entry of entries as ArticleEntry[]) {
      const key = `${collection}/${entry.id}`;
      if (isPublished(entry)) published.set(key, entry);
      else drafts.add(key);
    }
  }

  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const personById = new Map(people.map((p) => [p.id, p]));
  const problems: string[] = [];
  const fileOf = (entry: { filePath?: string | undefined; id: string }) =>
    entry.filePath ? relative(process.cwd(), entry.filePath) : entry.id;

  function resolve<T>(map: Map<string, T>, ref: Ref, where: string, field: string, folder: string): T | undefined {
    const found = map.get(ref.id);
    if (!found) {
      problems.push(
        `${where} field "${field}": "${ref.id}" is not an entry in content/${folder}/. Expected one of: ${[...map.keys()].sort().join(', ')}`,
      );
    }
    return found;
  }

  const articles: Article[] = [];
  for (const entry of published.values()) {
    const collection = entry.collection as ArticleCollection;
    const data = entry.data as ArticleEntry['data'] & Record<string, unknown>;
    const file = fileOf(entry);
    const author = resolve(personById, data.author, file, 'author', 'people');
    const reviewer = resolve(personById, data.reviewer, file, 'reviewer', 'people');
    if (reviewer && reviewer.data.role !== 'medical-reviewer') {
      problems.push(`${file} field "reviewer": ${reviewer.id} is a ${reviewer.data.role}; the reviewer must be a medical-reviewer in content/people/.`);
    }
    const articleSources = data.sources
      .map((ref, i) => resolve(sourceById, ref, file, `sources.${i}`, 'sources'))
      .filter((s): s is SourceEntry => Boolean(s));

    if (!entry.body || entry.body.trim().length === 0) {
      problems.push(`${file}: the body is empty. Write the article below the closing --- of the frontmatter.`);
    }
    const listed = new Set(data.sources.map((s) => s.id));
    for (const key of citedKeys(entry.body ?? '')) {
      if (!sourceById.has(key)) {
        problems.push(`${file}: the citation [@${key}] points to no file in content/sources/. Add content/sources/${key}.yaml or fix the key.`);
      } else if (!listed.has(key)) {
        problems.push(`${file} field "sources": the body cites [@${key}] but the sources list leaves it out. Add ${key} to sources.`);
      }
    }

    const related: RelatedGroup[] = [];
    for (const { field, collection: target, label } of RELATED_FIELDS) {
      const refs = (data[field] as Ref[] | undefined) ?? [];
      const items: LinkItem[] = [];
      refs.forEach((ref, i) => {
        const key = `${target}/${ref.id}`;
        const found = published.get(key);
        if (found) {
          items.push({ title: found.data.title, description: found.data.description, href: href(articlePath(target, ref.id)) });
        } else if (!drafts.has(key)) {
          const existing = [...published.keys()].filter((k) => k.startsWith(`${target}/`)).map((k) => k.slice(target.length + 1));
          problems.push(
            `${file} field "${field}.${i}": "${ref.id}" is not an entry in content/${ARTICLE_FOLDERS[target]}/. Expected one of: ${existing.sort().join(', ')}`,
          );
        }
      });
      if (items.length) related.push({ label, items });
    }

    if (collection === 'faqs') {
      const more = (data as unknown as { more: string }).more;
      const [path, slug] = more.split('/');
      const target = SECTIONS.find((s) => s.path === path);
      if (!target || !published.has(`${target.collection}/${slug}`)) {
        problems.push(`${file} field "more": "${more}" is not a published page. Use section/slug of an existing page, e.g. guides/table-positions.`);
      }
    }

    if (author && reviewer) {
      articles.push({
        entry,
        collection,
        id: entry.id,
        section: sectionOf(collection),
        href: href(articlePath(collection, entry.id)),
        title: data.title,
        description: data.description,
        author,
        reviewer,
        sources: articleSources,
        related,
        file,
      });
    }
  }

  if (problems.length) {
    throw new Error(`Content has ${problems.length} broken reference${problems.length === 1 ? '' : 's'}:\n  - ${problems.join('\n  - ')}`);
  }

  const sortArticles = (list: Article[]) =>
    list.sort((a, b) => a.entry.data.order - b.entry.data.order || a.title.localeCompare(b.title));
  const byCollection = Object.fromEntries(
    ARTICLE_COLLECTIONS.map((c) => [c, sortArticles(articles.filter((a) => a.collection === c))]),
  ) as Record<ArticleCollection, Article[]>;
  const index = new Map(articles.map((a) => [`${a.collection}/${a.id}`, a]));

  return {
    practice,
    articles: ARTICLE_COLLECTIONS.flatMap((c) => byCollection[c]),
    byCollection,
    sources: sources.sort((a, b) => a.id.localeCompare(b.id)),
    people,
    locations: locations.sort((a, b) => a.data.name.localeCompare(b.data.name)),
    find: (collection, id) => index.get(`${collection}/${id}`),
  };
}
