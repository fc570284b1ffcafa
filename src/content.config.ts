// Every collection of the site, made from the registry in src/collections.ts: Astro's own
// glob() and file() loaders, and the schemas of src/schemas/. The files were already checked,
// with located messages, by the pre-flight (src/integrations/contentCheck.ts).
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { ARTICLES, DATA, type ArticleCollection } from './collections';
import { anyTranslationSchema, peopleBiosSchema, practiceWordsSchema, sourceNotesSchema } from './schemas/translations';
import { z } from 'astro/zod';
import type { ReferenceFn } from './schemas/shared';

// Astro's reference() is typed for its own collection names; the schemas take any name.
const ref = reference as unknown as ReferenceFn;

// Files starting with _ are notes, never entries. Astro's store keeps the rendered HTML, not the
// Markdown (retainBody: false): src/data/site.ts takes bodies from the content check, which has
// them already, and a smaller store loads faster (it is one JavaScript module in a build).
const articles = (c: ArticleCollection) => glob({ base: `./content/${ARTICLES[c].folder}`, pattern: '**/[^_]*.{md,mdx}', retainBody: false });
const entries = (c: 'sources' | 'people') => glob({ base: `./content/${DATA[c].folder}`, pattern: '**/[^_]*.{yaml,yml}' });

/**
 * A practice that publishes English only may delete content/es/: its collections are then
 * empty, instead of the loaders logging "File not found" errors on every build.
 */
const ifPresent = (path: string, loader: Loader): Loader => (existsSync(path) ? loader : { name: 'absent', load: async () => {} });

// One line per collection (not a loop) so Astro's generated types keep each schema's shape.
export const collections = {
  causes: defineCollection({ loader: articles('causes'), schema: ARTICLES.causes.schema(ref) }),
  symptoms: defineCollection({ loader: articles('symptoms'), schema: ARTICLES.symptoms.schema(ref) }),
  massageTypes: defineCollection({ loader: articles('massageTypes'), schema: ARTICLES.massageTypes.schema(ref) }),
  redFlags: defineCollection({ loader: articles('redFlags'), schema: ARTICLES.redFlags.schema(ref) }),
  faqs: defineCollection({ loader: articles('faqs'), schema: ARTICLES.faqs.schema(ref) }),
  guides: defineCollection({ loader: articles('guides'), schema: ARTICLES.guides.schema(ref) }),
  sources: defineCollection({ loader: entries('sources'), schema: DATA.sources.schema(ref) }),
  people: defineCollection({ loader: entries('people'), schema: DATA.people.schema(ref) }),
  locations: defineCollection({ loader: file(DATA.locations.file), schema: DATA.locations.schema(ref) }),
  practice: defineCollection({ loader: glob({ base: './content/practice', pattern: 'site.yaml' }), schema: DATA.practice.schema(ref) }),
  // Spanish (content/es/): pages keyed "causes/herniated-disc", checked per collection by the
  // pre-flight (src/editorial/translations.ts); here any article's translated fields pass.
  esArticles: defineCollection({
    loader: ifPresent('content/es', glob({ base: './content/es', pattern: `{${Object.values(ARTICLES).map((a) => a.folder).join(',')}}/**/[^_]*.{md,mdx}`, retainBody: false })),
    schema: anyTranslationSchema,
  }),
  esSources: defineCollection({
    loader: ifPresent('content/es/sources.yaml', file('content/es/sources.yaml', { parser: keyed(sourceNotesSchema, (note) => ({ note })) })),
    schema: z.object({ note: z.string() }),
  }),
  esPeople: defineCollection({
    loader: ifPresent('content/es/people.yaml', file('content/es/people.yaml', { parser: keyed(peopleBiosSchema, (person) => person) })),
    schema: z.object({ bio: z.string() }),
  }),
  esPractice: defineCollection({ loader: ifPresent('content/es/practice.yaml', glob({ base: './content/es', pattern: 'practice.yaml' })), schema: practiceWordsSchema }),
};

/** A YAML map of key → value as entries with ids (file() wants a list or a map of objects). */
function keyed<T>(schema: z.ZodType<Record<string, T>>, toEntry: (value: T) => Record<string, unknown>) {
  return (text: string) => Object.entries(schema.parse(parseYaml(text) ?? {})).map(([id, value]) => ({ id, ...toEntry(value) }));
}
