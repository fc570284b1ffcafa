/**
 * `npm run new -- <collection> "<Title>"`: the text of a new page with every field its
 * schema needs. Values an editor must write are TODO placeholders: the pre-flight check
 * (src/lib/contentValidation.ts) fails the build while any is left, so nothing half-written
 * ships, while `npm run dev` still previews the page. References get a real default (so
 * the preview renders) with a TODO comment saying what to check. Pure: scripts/new.mjs
 * does the file system work.
 */
import { closest } from './problems';
import { ARTICLE_COLLECTIONS, ARTICLES, type ArticleCollection } from '../collections';
import { POSITIONS } from '../schemas/articles';

/** Every name an editor might type for a collection (its name, folder, URL path and aliases) → the collection. */
const ALIASES: Record<string, ArticleCollection> = Object.fromEntries(
  ARTICLE_COLLECTIONS.flatMap((c) => [c.toLowerCase(), ARTICLES[c].folder, ARTICLES[c].path, ...ARTICLES[c].aliases].map((name) => [name, c])),
);

export const COLLECTION_CHOICES = ARTICLE_COLLECTIONS.map((c) => ARTICLES[c].folder);

export class ScaffoldError extends Error {}

/** "massage-types", "massageTypes" or "guide" → the collection; anything else → a clear error. */
export function resolveCollection(input: string | undefined): ArticleCollection {
  const usage = `Usage: npm run new -- <collection> "<Title>"   (collections: ${COLLECTION_CHOICES.join(', ')})`;
  if (!input) throw new ScaffoldError(`Which kind of page? ${usage}`);
  const found = ALIASES[input.toLowerCase().trim()];
  if (found) return found;
  const guess = closest(input.toLowerCase(), Object.keys(ALIASES));
  throw new ScaffoldError(
    `"${input}" is not a collection${guess ? `; did you mean "${ALIASES[guess] ? ARTICLES[ALIASES[guess]!].folder : guess}"?` : '.'}\n${usage}`,
  );
}

/** Title → file name: lowercase words joined by hyphens, accents dropped. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export interface ScaffoldContext {
  collection: ArticleCollection;
  title: string;
  /** YYYY-MM-DD: goes into lastReviewed. */
  today: string;
  /** People ids with their roles, to pick the default author and reviewer. */
  people: { id: string; role: string }[];
  /** Source keys that exist. */
  sources: string[];
  /** Slugs already used in the collection's folder. */
  existing: string[];
  /** Published pages as section/slug, for an FAQ's "more" default. */
  pages: string[];
  /** .mdx (to use components) instead of .md. */
  mdx?: boolean;
  /** Use this slug instead of one made from the title. */
  slug?: string;
}

export interface Scaffold {
  slug: string;
  /** Path from the repository root. */
  path: string;
  text: string;
  /** How many TODOs the editor has to replace. */
  todos: number;
}

const yamlString = (text: string) => (/^[\w (),.'-]+$/.test(text) && !/^(yes|no|true|false|null|~)$/i.test(text) ? text : JSON.stringify(text));

export function scaffoldArticle(context: ScaffoldContext): Scaffold {
  const title = context.title.trim().replace(/\s+/g, ' ');
  if (title.length < 3) throw new ScaffoldError('The title is too short; give the page a title of 3 to 90 characters, in quotes.');
  if (title.length > 90) {
    throw new ScaffoldError(`The title is ${title.length} characters; keep it to 90 so it reads well on a phone. Shorten it and run the command again.`);
  }
  const slug = context.slug ?? slugify(title);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    throw new ScaffoldError(`"${slug}" cannot be a file name; use lowercase letters, digits and hyphens (--slug=my-page).`);
  }
  const folder = ARTICLES[context.collection].folder;
  if (context.existing.includes(slug)) {
    throw new ScaffoldError(
      `content/${folder}/${slug} already exists (as .md or .mdx). Open that file to edit it, or choose another title or --slug=<other-slug>.`,
    );
  }
  const author = context.people.find((p) => p.role === 'author')?.id ?? context.people[0]?.id ?? 'TODO-author';
  const reviewer = context.people.find((p) => p.role === 'medical-reviewer')?.id ?? 'TODO-reviewer';
  const source = context.sources.includes('nhs-sciatica') ? 'nhs-sciatica' : (context.sources[0] ?? 'TODO-source');
  const ext = context.mdx ? 'mdx' : 'md';

  const common = [
    `# New ${ARTICLES[context.collection].noun}: replace every TODO (the build fails while one is left), then run: npm run check`,
    `# Every field is explained in CONTRIBUTING.md (${ARTICLES[context.collection].contributing}).`,
    `title: ${yamlString(title)}`,
    'description: "TODO: one sentence of 20 to 160 characters saying what this page tells the reader."',
    `author: ${author}  # TODO: check: who wrote it (a file name in content/people/)`,
    `reviewer: ${reviewer}  # TODO: check: the medical reviewer (role medical-reviewer in content/people/)`,
    `lastReviewed: ${context.today}  # the day the reviewer checked the page, YYYY-MM-DD`,
    `sources: [${source}]  # TODO: the keys of every source you cite (file names in content/sources/)`,
    'aliases: []  # everyday words people search with, e.g. [slipped disc, bulging disc]',
    'order: 100  # position in lists: lower numbers come first',
  ];
  const specific = SPECIFIC[context.collection](context.pages);
  const body = BODY[context.collection];
  const imports = context.mdx
    ? ["import { Callout } from '../../src/components/mdx';", '']
    : [];
  const callout = context.mdx
    ? ['', '<Callout type="tip" title="TODO: a short title">', 'TODO: something the reader should not miss.', '</Callout>']
    : [];
  const text = ['---', ...common, ...specific, '---', ...imports, '', ...body, ...callout, ''].join('\n');
  // Comment lines at the top of the frontmatter are guidance, not blanks to fill.
  const close = text.indexOf('\n---\n', 4);
  const todos = text.split('\n').filter((line, i, all) => {
    const inFrontmatter = all.slice(0, i).join('\n').length < close;
    return /\bTODO\b/.test(line) && !(inFrontmatter && /^\s*#/.test(line));
  }).length;
  return { slug, path: `content/${folder}/${slug}.${ext}`, text, todos };
}


const related = (...fields: string[]) => fields.map((f) => `${f}: []  # ${RELATED_HELP[f]}`);
const RELATED_HELP: Record<string, string> = {
  relatedCauses: 'slugs of pages in content/causes/, e.g. [herniated-disc]',
  relatedSymptoms: 'slugs of pages in content/symptoms/, e.g. [numbness]',
  relatedMassageTypes: 'slugs of pages in content/massage-types/, e.g. [swedish]',
  relatedRedFlags: 'slugs of pages in content/red-flags/, e.g. [saddle-numbness]',
  relatedGuides: 'slugs of pages in content/guides/, e.g. [first-session]',
};
const evidence = [
  'evidence:',
  '  level: limited  # TODO: strong | moderate | limited | none',
  '  reason: "TODO: one plain sentence saying why, e.g. a few small trials, none in sciatica."',
];

const SPECIFIC: Record<ArticleCollection, (pages: string[]) => string[]> = {
  causes: () => [
    'massageRole: adjunct  # TODO: helpful | adjunct | not-advised',
    `positions: []  # table positions, most comfortable first: ${POSITIONS.join(' | ')}`,
    ...related('relatedSymptoms', 'relatedMassageTypes', 'relatedCauses'),
  ],
  symptoms: () => related('relatedCauses', 'relatedMassageTypes', 'relatedRedFlags', 'relatedSymptoms'),
  massageTypes: () => [
    'pressure: moderate  # TODO: none | light | light-to-moderate | moderate | firm | varies',
    'feelsLike: "TODO: one sentence on what it feels like, in the reader\'s words."',
    'avoidWhen:',
    '  - "TODO: when to skip it or ask a doctor first (add a line for each)"',
    ...evidence,
    ...related('relatedCauses', 'relatedSymptoms', 'relatedMassageTypes'),
  ],
  redFlags: () => [
    'urgency: see-a-doctor  # TODO: emergency | urgent | see-a-doctor',
    '# action: an extra instruction for this sign only, said after its urgency\'s own action (optional)',
    'check: "TODO: the yes/no question the booking safety check asks?"',
    ...related('relatedSymptoms', 'relatedCauses'),
  ],
  faqs: (pages) => [
    'question: "TODO: the question as a reader would ask it?"',
    `more: ${pages.find((p) => p.startsWith('guides/')) ?? pages[0] ?? 'guides/first-session'}  # TODO: section/slug of the page with more, e.g. causes/herniated-disc`,
  ],
  guides: () => [...evidence, ...related('relatedCauses', 'relatedSymptoms', 'relatedMassageTypes', 'relatedGuides')],
};

const BODY: Record<ArticleCollection, string[]> = {
  causes: ['## What it is', '', 'TODO: explain it in plain words. End each fact with its citation (see Citations in CONTRIBUTING.md).', '', '## Where massage fits', '', 'TODO: what massage can and cannot do here.'],
  symptoms: ['## How it feels', '', 'TODO: describe it in the reader\'s words, with a citation after each fact.', '', '## When to see a doctor', '', 'TODO: the signs that need a doctor.'],
  massageTypes: ['## What it is', '', 'TODO: what happens in a session, with citations.', '', '## What the evidence says', '', 'TODO: say plainly how strong the evidence is.'],
  redFlags: ['TODO: say why this sign matters and what to do, in two or three short paragraphs, with citations.'],
  faqs: ['TODO: the short answer in one paragraph, with citations and a link to the page named in more.'],
  guides: ['## TODO: first section heading', '', 'TODO: write the guide in short sections, each starting with ##. Cite every fact.'],
};

/** The body a new page starts with (its headings and TODOs); the CMS's "new" form starts from it too (src/admin/cmsConfig.ts). */
export const scaffoldBody = (collection: ArticleCollection): string => BODY[collection].join('\n');
