/**
 * Checks between files, once each file has passed its schema: every reference names an
 * entry that exists (with "did you mean"), the reviewer is a medical reviewer, an FAQ's
 * "more" page is published, every [@key] citation is a source listed in the page's
 * `sources`, and every internal link leads to a page the build will have. Pure.
 */
import { ARTICLE_COLLECTIONS, ARTICLES, RELATED_FIELDS, SECTIONS, sectionByPath, specOf, type ArticleCollection } from '../collections';
import { closest, fieldLabel, type ContentProblem } from './problems';
import { Ref, type Entry } from './entries';
import type { Known, ValidationMode } from './validate';
import { CITATION_GROUP } from '../lib/citations';
import { TOKEN, TOKENS, emergencyNumberPattern } from './tokens';

interface Options {
  mode: ValidationMode;
  routes: readonly string[];
  /** Pictures under content/, by path from the repository root. */
  assets?: ReadonlySet<string>;
  /** Every file that claims an entry, "collection/id" → file, including those that failed their schema. */
  known?: Known;
}

/** Every Ref in parsed data, with the path where it sits. */
function refsIn(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; ref: Ref }[] {
  if (value instanceof Ref) return [{ path, ref: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => refsIn(item, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => refsIn(item, [...path, key]));
  }
  return [];
}

const folderOf = (collection: string) => specOf(collection)?.folder ?? collection;
const urlPath = (collection: string) => ARTICLES[collection as ArticleCollection]?.path ?? folderOf(collection);

/** 1-based line of the n-th character of a body that starts on file line `bodyLine`. */
const lineIn = (body: string, index: number, bodyLine: number) => bodyLine + body.slice(0, index).split('\n').length - 1;

const FIELD_OF: Record<string, string> = Object.fromEntries(RELATED_FIELDS.map((r) => [r.collection, r.field]));

export function crossCheck(entries: readonly Entry[], options: Options, problems: ContentProblem[]): void {
  const ids = new Map<string, Map<string, Entry>>();
  for (const entry of entries) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Map());
    ids.get(entry.collection)!.set(entry.id, entry);
  }
  const idsOf = (collection: string) => ids.get(collection) ?? new Map<string, Entry>();
  // Translations (collection "es:causes") are checked for citations, tokens and links; their
  // references are the English page's, checked there.
  const articles = entries.filter((e) => ARTICLE_COLLECTIONS.includes(e.collection as ArticleCollection) || e.bodyLine > 0);
  const published = (e: Entry) => options.mode === 'dev' || !e.draft;
  const emergencyNumber = String(entries.find((e) => e.collection === 'practice')?.data.emergencyNumber ?? '');
  // Files that exist but failed their own checks: whoever points at them is counted, not
  // reported, so one broken page is one problem (with one line saying who points at it).
  const pointers = new Map<string, Set<string>>();
  const pointsAtBroken = (from: Entry, collection: string, id: string) => {
    const file = ids.get(collection)?.has(id) ? undefined : options.known?.get(`${collection}/${id}`);
    if (file) pointers.set(file, (pointers.get(file) ?? new Set()).add(from.file));
    return file !== undefined;
  };

  for (const entry of articles) {
    // A draft is not published, so what it points at cannot break the site: warn only.
    const severity = published(entry) ? 'error' : 'warning';
    const draftNote = severity === 'warning' ? ' (draft: fix before publishing)' : '';
    const add = (p: Omit<ContentProblem, 'severity' | 'step' | 'file'> & Partial<Pick<ContentProblem, 'step' | 'severity'>>) =>
      problems.push({ file: entry.file, severity, step: 'content', ...p, message: p.message + draftNote });

    for (const { path, ref } of entry.collection.includes(':') ? [] : refsIn(entry.data)) {
      const field = fieldLabel(path);
      const line = entry.yaml.lineOf(path);
      const target = idsOf(ref.collection);
      if (target.has(ref.id)) {
        if (path[0] === 'reviewer') {
          const role = (target.get(ref.id)!.data as { role?: string }).role;
          if (role !== 'medical-reviewer') {
            const reviewers = [...target.values()].filter((p) => (p.data as { role?: string }).role === 'medical-reviewer').map((p) => p.id);
            add({
              line,
              field,
              message: `"${ref.id}" is a ${role}; the reviewer must be a person whose role is medical-reviewer${reviewers.length ? ` (${reviewers.join(', ')})` : ''}`,
            });
          }
        }
        continue;
      }
      if (!pointsAtBroken(entry, ref.collection, ref.id)) add({ line, field, message: unknownReference(ref, target, ids) });
    }

    if (entry.collection === 'faqs') {
      const more = String(entry.data.more ?? '');
      const [section, slug] = more.split('/');
      const found = sectionByPath(section ?? '')?.collection;
      // An FAQ's "more" leads away from the FAQ page, to a page of another section.
      const collection = found === 'faqs' ? undefined : found;
      const page = collection ? idsOf(collection).get(slug ?? '') : undefined;
      if (!(page && published(page)) && !(collection && pointsAtBroken(entry, collection, slug ?? ''))) {
        const candidates = ARTICLE_COLLECTIONS.flatMap((c) => [...idsOf(c).values()].filter(published).map((e) => `${urlPath(c)}/${e.id}`));
        const guess = closest(more, candidates);
        add({
          line: entry.yaml.lineOf(['more']),
          field: 'more',
          message: `"${more}" is not ${page ? 'published (it is a draft)' : 'a page'}; expected section/slug of a published page${guess ? `; did you mean "${guess}"?` : `, e.g. ${candidates[0] ?? 'guides/first-session'}`}`,
        });
      }
    }

    checkCitations(entry, idsOf('sources'), add, (key) => pointsAtBroken(entry, 'sources', key));
    checkTokens(entry, emergencyNumber, add);
    const broken = (collection: string, id: string) => pointsAtBroken(entry, collection, id);
    checkLinks(entry, { ids, idsOf, published, broken, routes: options.routes, assets: options.assets ?? new Set() }, add);
  }

  for (const [file, from] of pointers) {
    const problem = problems.find((p) => p.file === file && p.severity === 'error');
    if (problem) problem.note = `(${from.size} other file${from.size === 1 ? ' points' : 's point'} at this one; they are fine and build once it is fixed)`;
  }
}

function unknownReference(ref: Ref, target: Map<string, Entry>, ids: Map<string, Map<string, Entry>>): string {
  const folder = folderOf(ref.collection);
  const noun = ref.collection === 'people' ? 'a person' : ref.collection === 'sources' ? 'a source' : 'a page';
  const guess = closest(ref.id, target.keys());
  if (guess) return `"${ref.id}" is not ${noun} in content/${folder}/; did you mean "${guess}"?`;
  // The slug of a page in another section: say where it is and which field takes it.
  for (const collection of ARTICLE_COLLECTIONS) {
    if (collection !== ref.collection && ids.get(collection)?.has(ref.id) && FIELD_OF[collection]) {
      return `"${ref.id}" is not ${noun} in content/${folder}/, but it is one in content/${folderOf(collection)}/; list it under ${FIELD_OF[collection]} instead`;
    }
  }
  const all = [...target.keys()].sort();
  return `"${ref.id}" is not ${noun} in content/${folder}/ (there is no content/${folder}/${ref.id}.${ref.collection === 'people' || ref.collection === 'sources' ? 'yaml' : 'md'}); expected one of: ${all.join(', ') || '(none yet)'}`;
}

/** Anything that starts like a citation: [@…]. */
const CITATION_LIKE = /\[@[^\]\n]*\]/g;

function checkCitations(
  entry: Entry,
  sources: Map<string, Entry>,
  add: (p: Omit<ContentProblem, 'severity' | 'step' | 'file'> & Partial<Pick<ContentProblem, 'step' | 'severity'>>) => void,
  isBroken: (key: string) => boolean,
) {
  const listed = new Set(((entry.data.sources as Ref[] | undefined) ?? []).map((r) => r.id));
  const reported = new Set<string>();
  for (const match of entry.body.matchAll(CITATION_LIKE)) {
    const text = match[0];
    const line = lineIn(entry.body, match.index ?? 0, entry.bodyLine);
    CITATION_GROUP.lastIndex = 0;
    const whole = new RegExp(`^${CITATION_GROUP.source}$`).exec(text);
    if (!whole) {
      add({
        step: 'links',
        line,
        message: `the citation ${text} is not written the way the site reads it, so it would show as plain text; write [@key] or [@key1; @key2] with lowercase keys from content/sources/, separated by semicolons`,
      });
      continue;
    }
    const keys = (whole[1] ?? '').split(';').map((k) => k.trim().replace(/^@/, ''));
    for (const key of keys) {
      if (!sources.has(key) && isBroken(key)) continue;
      if (!sources.has(key)) {
        const guess = closest(key, sources.keys());
        add({
          step: 'links',
          line,
          message: `the citation [@${key}] points to no source: there is no content/sources/${key}.yaml; ${guess ? `did you mean [@${guess}]?` : 'add the source there or fix the key'}`,
        });
      } else if (!listed.has(key) && !reported.has(key)) {
        reported.add(key);
        add({
          step: 'links',
          line,
          field: 'sources',
          message: `the body cites [@${key}] but the sources list leaves it out; add ${key} to sources (line ${entry.yaml.lineOf(['sources']) ?? '?'})`,
        });
      }
    }
  }
}

/**
 * [!tokens] (src/editorial/tokens.ts): known names, list tokens on a line of their own, and no
 * emergency number typed by hand, since it must follow the practice settings.
 */
function checkTokens(entry: Entry, emergencyNumber: string, add: (p: Omit<ContentProblem, 'severity' | 'step' | 'file'> & Partial<Pick<ContentProblem, 'step' | 'severity'>>) => void) {
  const body = withoutCode(entry.body);
  for (const match of body.matchAll(TOKEN)) {
    const name = match[1] ?? '';
    const line = lineIn(body, match.index ?? 0, entry.bodyLine);
    if (!TOKENS.includes(name)) {
      const guess = closest(name, TOKENS);
      add({ line, message: `[!${name}] is not a token the site knows${guess ? `; did you mean [!${guess}]?` : `; use one of: ${TOKENS.map((t) => `[!${t}]`).join(', ')}`}` });
    } else if (name.endsWith('-signs') && body.split('\n')[line - entry.bodyLine]?.trim() !== match[0]) {
      add({ line, message: `[!${name}] becomes a heading and a list, so it must be on a line of its own, with a blank line before and after` });
    }
  }
  if (!emergencyNumber) return;
  const typed = emergencyNumberPattern(emergencyNumber, 'g');
  for (const match of body.replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length)).matchAll(typed)) {
    add({
      line: lineIn(body, match.index ?? 0, entry.bodyLine),
      message: `types the emergency number ${emergencyNumber}; write [!emergency] for the whole "${'call …'}" sentence or [!emergency-number] for the number, so the page follows content/practice/site.yaml`,
    });
  }
}

/** Code blocks and inline code are examples, not text: blanked out, keeping lines and offsets. */
const withoutCode = (body: string) =>
  body.replace(/```[\s\S]*?```/g, (block) => block.replace(/[^\n]/g, ' ')).replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));

interface LinkContext {
  ids: Map<string, Map<string, Entry>>;
  idsOf(collection: string): Map<string, Entry>;
  published(entry: Entry): boolean;
  /** True (and counted) when the page exists but failed its own checks. */
  broken(collection: string, id: string): boolean;
  routes: readonly string[];
  assets: ReadonlySet<string>;
}

/** Markdown pictures: ![alt](src "title"). Checked as files, not as page links. */
const IMAGE = /!\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*["'])?\s*\)/g;

/** Markdown links [text](target), reference definitions [x]: target, and href="target". */
const LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*["'])?\s*\)|^\s*\[[^\]^][^\]]*\]:\s*(\S+)|\bhref\s*=\s*["{]?["']?([^"'}\s>]+)/gm;

function checkLinks(
  entry: Entry,
  context: LinkContext,
  add: (p: Omit<ContentProblem, 'severity' | 'step' | 'file'> & Partial<Pick<ContentProblem, 'step' | 'severity'>>) => void,
) {
  // Code blocks and inline code are examples, not links.
  const body = withoutCode(entry.body);
  for (const match of body.matchAll(IMAGE)) {
    const src = match[1] ?? '';
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) continue;
    const line = lineIn(body, match.index ?? 0, entry.bodyLine);
    if (src.startsWith('/')) {
      if (!context.routes.includes(src)) add({ step: 'links', line, message: `the picture ${src} is not in public/ (no file public${src}); put the file there, or next to the page and write ./images/name.jpg` });
      continue;
    }
    const folder = entry.file.split('/').slice(0, -1);
    for (const part of src.split('/')) {
      if (part === '..') folder.pop();
      else if (part !== '.') folder.push(part);
    }
    const path = folder.join('/');
    if (!context.assets.has(path)) add({ step: 'links', line, message: `the picture ${src} is not there: there is no file ${path}` });
  }
  for (const match of body.replace(IMAGE, (image) => ' '.repeat(image.length)).matchAll(LINK)) {
    const target = match[1] ?? match[2] ?? match[3] ?? '';
    const line = lineIn(body, match.index ?? 0, entry.bodyLine);
    const problem = linkProblem(target, context);
    if (problem) add({ step: 'links', line, message: `the link ${target} ${problem}` });
  }
}

/** The routes as a set, made once per list (not once per link: 5,000 links at 1,000 articles). */
const routeSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function routeSet(routes: readonly string[]): ReadonlySet<string> {
  let set = routeSets.get(routes);
  if (!set) routeSets.set(routes, (set = new Set(routes)));
  return set;
}

/** Why a link target is broken, or undefined when it leads somewhere real. */
export function linkProblem(target: string, context: LinkContext): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//') || target.startsWith('#') || target.startsWith('@')) return undefined;
  if (target.startsWith('{')) return undefined; // an MDX expression
  const [pathPart = '', fragment] = target.split('#');
  const path = pathPart.split('?')[0] ?? '';
  if (!path.startsWith('/')) {
    const guess = guessPath(path, context);
    return `is relative to this file, which breaks on the built site; write a link from the site root${guess ? `, e.g. ${guess}` : ' that starts with / and ends with /, e.g. /causes/herniated-disc/'}`;
  }
  if (/\.mdx?$/.test(path)) {
    const guess = guessPath(path, context);
    return `points at a Markdown file; link to the page address instead${guess ? `, e.g. ${guess}` : ''}`;
  }
  const segments = path.split('/').filter(Boolean);
  const section = sectionByPath(segments[0] ?? '');
  if (section && segments.length <= 2) {
    if (!path.endsWith('/')) return `needs a slash at the end (${path}/); pages on this site end with /`;
    if (segments.length === 1) return fragmentProblem(section.collection, undefined, fragment, context);
    const page = context.idsOf(section.collection).get(segments[1] ?? '');
    if (!page && context.broken(section.collection, segments[1] ?? '')) return undefined;
    if (!page) {
      const guess = closest(segments[1] ?? '', context.idsOf(section.collection).keys());
      return `leads to no page: there is no content/${folderOf(section.collection)}/${segments[1]}.md${guess ? `; did you mean /${section.path}/${guess}/?` : ''}`;
    }
    if (!context.published(page)) return `leads to a draft (${page.file}), which is not published; link to it once it is`;
    return fragmentProblem(section.collection, page, fragment, context);
  }
  if (path.startsWith('/pagefind/') || path.startsWith('/_astro/')) return undefined;
  const routes = routeSet(context.routes);
  if (routes.has(path)) {
    if (path === '/sources/' && fragment && !context.idsOf('sources').has(fragment) && !context.broken('sources', fragment)) {
      return `leads to no source: there is no content/sources/${fragment}.yaml`;
    }
    return undefined;
  }
  if (!path.endsWith('/') && routes.has(`${path}/`)) return `needs a slash at the end (${path}/); pages on this site end with /`;
  const guess = closest(path, routes);
  return `leads to no page on this site${guess ? `; did you mean ${guess}?` : ''}`;
}

function fragmentProblem(collection: string, page: Entry | undefined, fragment: string | undefined, context: LinkContext) {
  // /faq/#slug opens one answer on the FAQ page: the slug must be an FAQ.
  if (collection === 'faqs' && !page && fragment) {
    const faq = context.idsOf('faqs').get(fragment);
    if (!faq) {
      const guess = closest(fragment, context.idsOf('faqs').keys());
      return `leads to no answer on the FAQ page: there is no content/faqs/${fragment}.md${guess ? `; did you mean /faq/#${guess}?` : ''}`;
    }
  }
  return undefined;
}

/** "herniated-disc.md" or "../causes/herniated-disc" → "/causes/herniated-disc/" when the slug exists. */
function guessPath(path: string, context: LinkContext): string | undefined {
  const slug = path.split('/').filter((s) => s && s !== '..' && s !== '.').pop()?.replace(/\.mdx?$/, '');
  if (!slug) return undefined;
  for (const section of SECTIONS) {
    const page = context.idsOf(section.collection).get(slug);
    if (page) return `/${section.path}/${slug}/`;
  }
  return undefined;
}
