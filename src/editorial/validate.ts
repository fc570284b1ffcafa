/**
 * The pre-flight check of content/: every file an editor can touch, read as text and
 * checked before Astro sees it. It finds what Astro's loaders miss or word poorly (a file
 * with the wrong extension is silently skipped; an unclosed frontmatter block reports every
 * field as missing; a duplicate slug silently replaces a page) and words every fault the
 * same way: file from the repository root, line, field, what was found, what is expected.
 *
 * Pure: the caller reads the files (src/data/contentFiles.ts) and decides what to do with
 * the problems (the loaders throw them, `npm run check` prints them, tests assert on them).
 */
import { z } from 'astro/zod';
import { COLLECTION_SPECS, type CollectionSpec } from '../collections';
import { closest, fieldLabel, type ContentProblem } from './problems';
import { describeValue, explainIssue, type SchemaIssue } from './explain';
import { parseYaml, splitFrontmatter, type ParsedYaml } from './frontmatter';
import { crossCheck } from './references';
import { reference, type ContentFile, type Entry } from './entries';
import { brandFileNames, brandFindings } from './brand';
import { emergencyNumberPattern } from './tokens';
import { TRANSLATION_SPECS, linkTranslations } from './translations';
import { OTHER_LANGUAGES, OTHER_LANGUAGE_CODES, type OtherLanguage } from '../i18n/locales';
import { peopleBiosSchema, practiceWordsSchema, sourceNotesSchema } from '../schemas/translations';

export type { ContentFile, Entry } from './entries';

export type ValidationMode = 'build' | 'dev' | 'check';

export interface ValidationOptions {
  /**
   * build: placeholders fail, drafts are only warned about (they are not published).
   * dev: placeholders are warnings, so a page being written can be previewed.
   * check: as build.
   */
  mode?: ValidationMode;
  /** Site paths that exist besides articles and section lists ("/", "/sources/", "/favicon.svg"). */
  routes?: readonly string[];
}

export interface ValidationResult {
  problems: ContentProblem[];
  entries: Entry[];
}

/** Each collection's schema, made once with the stand-in reference(). */
const SCHEMAS = new Map([...COLLECTION_SPECS, ...TRANSLATION_SPECS.map((t) => t.spec)].map((spec) => [spec.collection, spec.schema(reference)]));

/**
 * Every file that claims an entry ("causes/herniated-disc"), valid or not: a page with a
 * broken field still exists, so the pages that point at it are not reported as well.
 */
export type Known = Map<string, string>;

const ARTICLE_EXT = /\.mdx?$/;
const YAML_EXT = /\.ya?ml$/;
const ASSET_EXT = /\.(png|jpe?g|webp|avif|gif|svg)$/i;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The word the scaffold (npm run new) puts in every blank; matched as a whole word. */
export const PLACEHOLDER = /\bTODO\b/;

/** Files editors' tools leave behind (backups, swap and temp files, OS metadata): never content. */
const TOOL_FILE = /^(\.|#|~\$)|~$|\.(swp|swo|swx|tmp|bak|orig|rej)$|^(sed[A-Za-z0-9]{6}|4913|Thumbs\.db|desktop\.ini)$/i;

const stemOf = (name: string) => name.replace(/\.[^.]+$/, '');
const slugify = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Validates every content file; see the module comment. */
export function validateContent(files: readonly ContentFile[], options: ValidationOptions = {}): ValidationResult {
  const mode = options.mode ?? 'check';
  const problems: ContentProblem[] = [];
  const entries: Entry[] = [];
  const known: Known = new Map();
  const add = (p: Omit<ContentProblem, 'severity' | 'step'> & Partial<Pick<ContentProblem, 'severity' | 'step'>>) =>
    problems.push({ severity: 'error', step: 'content', ...p });

  const byFolder = new Map<string, ContentFile[]>();
  for (const file of files) {
    const parts = file.path.split('/');
    if (parts[0] !== 'content' || parts.length < 3) continue;
    const name = parts[parts.length - 1] ?? '';
    if (TOOL_FILE.test(name)) continue;
    // content/es/causes/x.md is filed under "es/causes"; content/es/practice.yaml under "es".
    const language = OTHER_LANGUAGE_CODES.some((l) => OTHER_LANGUAGES[l].path === parts[1]) && parts.length > 3;
    const folder = language ? `${parts[1]}/${parts[2]}` : (parts[1] ?? '');
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }

  const languageFolders: string[] = OTHER_LANGUAGE_CODES.map((l) => OTHER_LANGUAGES[l].path);
  const folders = new Set([...COLLECTION_SPECS, ...TRANSLATION_SPECS.map((t) => t.spec)].map((c) => c.folder));
  for (const [folder, list] of byFolder) {
    if (languageFolders.includes(folder)) continue;
    if (folders.has(folder)) continue;
    const guess = closest(folder, folders);
    for (const file of list) {
      add({
        file: file.path,
        message: `content/${folder}/ is not a folder the site reads, so this file would never be published; ${guess ? `did you mean content/${guess}/?` : `use one of: ${[...folders].map((f) => `content/${f}/`).join(', ')}`}`,
      });
    }
  }

  for (const spec of COLLECTION_SPECS) {
    const list = byFolder.get(spec.folder) ?? [];
    if (spec.kind === 'article') validateArticleFolder(spec, list, mode, add, entries, known);
    else if (spec.kind === 'entries') validateEntryFolder(spec, list, add, entries, known);
    else validateSingleFile(spec, list, add, entries);
  }

  for (const { spec } of TRANSLATION_SPECS) validateArticleFolder(spec, byFolder.get(spec.folder) ?? [], mode, add, entries, known);
  for (const lang of OTHER_LANGUAGE_CODES) validateLanguageFiles(lang, OTHER_LANGUAGES[lang].path, byFolder.get(OTHER_LANGUAGES[lang].path) ?? [], add, entries);

  // Files in content/practice/ other than the two settings files (and the logo and favicon they name) are never read.
  // Named in site.yaml even when another of its fields is wrong: one mistake, one problem.
  const settingsFile = files.find((f) => f.path === COLLECTION_SPECS.find((c) => c.collection === 'practice')?.file);
  const settings = entries.find((e) => e.collection === 'practice')?.data ?? parseYaml(settingsFile?.text ?? '', 1).data;
  const named = settings && typeof settings === 'object' ? brandFileNames(settings as Record<string, unknown>) : [];
  const brandFiles = new Set(named.map((f) => `content/practice/${f.file}`));
  for (const file of byFolder.get('practice') ?? []) {
    const read = COLLECTION_SPECS.some((c) => c.file === file.path) || brandFiles.has(file.path);
    if (!read && !file.path.split('/').pop()?.startsWith('_')) {
      add({
        file: file.path,
        message: 'content/practice/ holds only site.yaml (settings), locations.yaml (addresses and hours) and the logo and favicon site.yaml names; this file is never read. Move its contents into one of them, or name it as logo.file or favicon in site.yaml',
      });
    }
  }

  for (const finding of brandFindings(entries, { content: new Set(files.map((f) => f.path)), routes: new Set(options.routes ?? []) })) add(finding);

  const enabled = ((settings as { otherLanguages?: OtherLanguage[] } | undefined)?.otherLanguages ?? []).filter((l) => OTHER_LANGUAGE_CODES.includes(l));
  linkTranslations(files, entries, enabled, add, known);
  // Each language's emergency sentence must give the number site.yaml gives: a practice that
  // changes its number in one file must not leave 911 on its Spanish pages.
  const number = String((settings as { emergencyNumber?: unknown } | undefined)?.emergencyNumber ?? '');
  for (const words of entries.filter((e) => /^[a-z]{2}:practice$/.test(e.collection))) {
    const wording = String(words.data.emergencyWording ?? '');
    if (number && !emergencyNumberPattern(number).test(wording)) {
      add({
        file: words.file,
        line: words.yaml.lineOf(['emergencyWording']),
        field: 'emergencyWording',
        message: `says "${wording}", but the emergency number in content/practice/site.yaml is ${number}; write this sentence with ${number}, as site.yaml's emergencyWording does`,
      });
    }
  }

  const assets = new Set(files.filter((f) => ASSET_EXT.test(f.path)).map((f) => f.path));
  crossCheck(entries, { mode, routes: options.routes ?? [], assets, known }, problems);
  return { problems, entries };
}

type Add = (p: Omit<ContentProblem, 'severity' | 'step'> & Partial<Pick<ContentProblem, 'severity' | 'step'>>) => void;

/** Markdown pages: names, extensions, duplicates, frontmatter, schema, placeholders, body. */
function validateArticleFolder(spec: CollectionSpec, list: ContentFile[], mode: ValidationMode, add: Add, entries: Entry[], known: Known) {
  const seen = new Map<string, string>();
  for (const file of list) {
    const relative = file.path.slice(`content/${spec.folder}/`.length);
    const name = relative.split('/').pop() ?? relative;
    if (name.startsWith('_')) continue;
    if (ASSET_EXT.test(name)) continue;
    if (relative.includes('/')) {
      if (ARTICLE_EXT.test(name)) {
        add({
          file: file.path,
          message: `pages go directly in content/${spec.folder}/, not in a subfolder (the URL would break); move it to content/${spec.folder}/${name}`,
        });
      }
      continue;
    }
    if (!ARTICLE_EXT.test(name)) {
      const ext = /\.[^.]+$/.exec(name)?.[0] ?? '(none)';
      const fix = /^\.(markdown|mdown|mkd|txt|MD|Md|MDX)$/.test(ext) || ext === '(none)' ? `rename it to ${slugify(stemOf(name)) || 'page-name'}.md` : 'save it as Markdown (.md) with frontmatter';
      add({
        file: file.path,
        message: `has the file extension ${ext}; pages must end in .md (or .mdx to use components), so the site skips this file. ${fix[0]?.toUpperCase()}${fix.slice(1)}`,
      });
      continue;
    }
    const stem = stemOf(name);
    if (!SLUG.test(stem)) {
      add({
        file: file.path,
        message: `the file name "${name}" is not a valid slug (it becomes the page address); use lowercase letters, digits and hyphens: rename it to ${slugify(stem) || 'page-name'}${/\.mdx$/.test(name) ? '.mdx' : '.md'}`,
      });
      continue;
    }
    const other = seen.get(stem);
    if (other) {
      add({
        file: file.path,
        message: `has the same slug "${stem}" as ${other}; two files would claim the address /${spec.path}/${stem}/ and one would silently replace the other. Keep one file or rename one`,
      });
      continue;
    }
    seen.set(stem, file.path);
    known.set(`${spec.collection}/${stem}`, file.path);
    const entry = parseArticleOnce(spec, file, stem, mode, add);
    if (entry) entries.push(entry);
  }
}

/**
 * Each page's entry and problems from its last check, reused while its text is the same:
 * `astro dev` re-checks content/ on every save, and parsing 1,000 frontmatters again each time
 * (about 1 s) delayed the edited page. The cross-file checks still run over every entry.
 */
const lastParsed = new Map<string, { text: string | undefined; mode: ValidationMode; entry: Entry | undefined; problems: Parameters<Add>[0][] }>();

function parseArticleOnce(spec: CollectionSpec, file: ContentFile, id: string, mode: ValidationMode, add: Add): Entry | undefined {
  const key = `${spec.collection}\0${file.path}\0${id}`;
  const last = lastParsed.get(key);
  if (last && last.text === file.text && last.mode === mode) {
    last.problems.forEach(add);
    return last.entry;
  }
  const problems: Parameters<Add>[0][] = [];
  const entry = parseArticle(spec, file, id, mode, (p) => {
    problems.push(p);
    add(p);
  });
  lastParsed.set(key, { text: file.text, mode, entry, problems });
  return entry;
}

function parseArticle(spec: CollectionSpec, file: ContentFile, id: string, mode: ValidationMode, add: Add): Entry | undefined {
  const text = file.text ?? '';
  const split = splitFrontmatter(text);
  if (split.status === 'missing') {
    add({
      file: file.path,
      line: 1,
      message: `has no frontmatter; a page starts with a line ---, its fields (title, description, author …), and another line ---. Run \`npm run new -- ${spec.folder} "Title"\` for a filled-in example`,
    });
    return undefined;
  }
  if (split.status === 'not-at-start') {
    add({
      file: file.path,
      line: 1,
      message: 'the frontmatter must start on line 1 with ---; remove the text or blank lines above it',
    });
    return undefined;
  }
  if (split.status === 'unclosed') {
    add({
      file: file.path,
      line: split.closeAfter,
      message: `the frontmatter opened with --- on line 1 is never closed; add a line with only --- after line ${split.closeAfter} (the last field), before the page text`,
    });
    return undefined;
  }
  const yaml = parseYaml(split.yaml, split.yamlLine);
  for (const problem of yaml.problems) {
    add({ file: file.path, line: problem.line, message: `the frontmatter is not valid YAML: ${problem.message} (line reads: ${problem.text.trim()})` });
  }
  if (yaml.problems.length) return undefined;
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    add({
      file: file.path,
      line: split.yamlLine,
      message: `the frontmatter is ${yaml.data == null ? 'empty' : describeValue(yaml.data)}; expected fields written as name: value, one per line (title: …, description: …)`,
    });
    return undefined;
  }
  const raw = yaml.data as Record<string, unknown>;
  const draft = raw.draft === true;
  const parsed = checkSchema(spec, file.path, raw, yaml, [], add);

  const bodyText = split.body.replace(/^(import|export)\s.*$/gm, '');
  if (bodyText.trim() === '') {
    add({
      file: file.path,
      line: split.bodyLine > 1 ? split.bodyLine - 1 : undefined,
      message: `the body is empty; write the ${spec.collection === 'faqs' ? 'short answer' : 'page'} below the closing --- of the frontmatter`,
    });
  }
  checkPlaceholders(file.path, text, split.bodyLine, mode === 'dev' || draft ? 'warning' : 'error', add);
  if (!parsed) return undefined;
  return { collection: spec.collection, id, file: file.path, data: parsed, yaml, body: split.body, bodyLine: split.bodyLine, draft };
}

/** One YAML file per entry (sources, people). */
function validateEntryFolder(spec: CollectionSpec, list: ContentFile[], add: Add, entries: Entry[], known: Known) {
  const seen = new Map<string, string>();
  for (const file of list) {
    const name = file.path.split('/').pop() ?? '';
    if (name.startsWith('_')) continue;
    if (file.path.split('/').length > 3 || !YAML_EXT.test(name)) {
      add({
        file: file.path,
        message: `content/${spec.folder}/ holds one .yaml file per ${spec.noun}, directly in the folder; ${YAML_EXT.test(name) ? `move it to content/${spec.folder}/${name}` : `this file is skipped. Rename it to ${slugify(stemOf(name))}.yaml`}`,
      });
      continue;
    }
    const stem = stemOf(name);
    if (!SLUG.test(stem)) {
      add({
        file: file.path,
        message: `the file name "${name}" is not a valid key (other files refer to it by name); use lowercase letters, digits and hyphens: rename it to ${slugify(stem)}.yaml`,
      });
      continue;
    }
    if (seen.has(stem)) {
      add({ file: file.path, message: `has the same key "${stem}" as ${seen.get(stem)}; keep one of them` });
      continue;
    }
    seen.set(stem, file.path);
    known.set(`${spec.collection}/${stem}`, file.path);
    const yaml = parseYaml(file.text ?? '', 1);
    for (const p of yaml.problems) add({ file: file.path, line: p.line, message: `is not valid YAML: ${p.message} (line reads: ${p.text.trim()})` });
    if (yaml.problems.length) continue;
    if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
      add({ file: file.path, line: 1, message: `is ${yaml.data == null ? 'empty' : describeValue(yaml.data)}; expected the ${spec.noun}'s fields written as name: value, one per line` });
      continue;
    }
    const data = checkSchema(spec, file.path, yaml.data as Record<string, unknown>, yaml, [], add);
    if (data) entries.push({ collection: spec.collection, id: stem, file: file.path, data, yaml, body: '', bodyLine: 0, draft: false });
  }
}

/** The practice settings (one entry) and the locations (a list of entries with ids). */
function validateSingleFile(spec: CollectionSpec, list: ContentFile[], add: Add, entries: Entry[]) {
  const file = list.find((f) => f.path === spec.file);
  if (!file) {
    add({ file: spec.file ?? `content/${spec.folder}/`, message: `is missing; the site needs it for the ${spec.noun}` });
    return;
  }
  const yaml = parseYaml(file.text ?? '', 1);
  for (const p of yaml.problems) add({ file: file.path, line: p.line, message: `is not valid YAML: ${p.message} (line reads: ${p.text.trim()})` });
  if (yaml.problems.length) return;
  if (spec.kind === 'single') {
    if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
      add({ file: file.path, line: 1, message: 'expected the practice settings written as name: value, one per line' });
      return;
    }
    const data = checkSchema(spec, file.path, yaml.data as Record<string, unknown>, yaml, [], add);
    if (data) entries.push({ collection: spec.collection, id: 'site', file: file.path, data, yaml, body: '', bodyLine: 0, draft: false });
    return;
  }
  if (!Array.isArray(yaml.data)) {
    add({ file: file.path, line: 1, message: `found ${describeValue(yaml.data)}; expected a list of locations, each starting with "- id: …"` });
    return;
  }
  const seen = new Map<string, number>();
  yaml.data.forEach((item: unknown, index: number) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      add({ file: file.path, line: yaml.lineOf([index]), message: `location ${index + 1} is ${describeValue(item)}; expected a group of fields starting with id:` });
      return;
    }
    const id = (item as { id?: unknown }).id;
    if (typeof id === 'string') {
      if (seen.has(id)) {
        add({
          file: file.path,
          line: yaml.lineOf([index, 'id']),
          field: 'id',
          message: `in location ${index + 1}, the id "${id}" is already used by location ${(seen.get(id) ?? 0) + 1}; every location needs its own id`,
        });
        return;
      }
      seen.set(id, index);
    }
    const data = checkSchema(spec, file.path, item as Record<string, unknown>, yaml, [index], add);
    if (data && typeof id === 'string') entries.push({ collection: spec.collection, id, file: file.path, data, yaml, body: '', bodyLine: 0, draft: false });
  });
}

/** content/es/sources.yaml, people.yaml and practice.yaml: the translated words of the data collections. */
const LANGUAGE_FILES: Record<string, z.ZodType> = { 'sources.yaml': sourceNotesSchema, 'people.yaml': peopleBiosSchema, 'practice.yaml': practiceWordsSchema };
function validateLanguageFiles(lang: string, folder: string, list: ContentFile[], add: Add, entries: Entry[]) {
  for (const file of list) {
    const name = file.path.slice(`content/${folder}/`.length);
    const schema = LANGUAGE_FILES[name];
    if (!schema) {
      add({ file: file.path, message: `content/${folder}/ holds folders of translated pages and ${Object.keys(LANGUAGE_FILES).join(', ')}; this file is never read` });
      continue;
    }
    const yaml = parseYaml(file.text ?? '', 1);
    for (const p of yaml.problems) add({ file: file.path, line: p.line, message: `is not valid YAML: ${p.message} (line reads: ${p.text.trim()})` });
    if (yaml.problems.length) continue;
    const result = schema.safeParse(yaml.data ?? {});
    if (result.success) {
      // "es:practice", "es:sources", "es:people": what the Markdown plugins read in that language.
      entries.push({ collection: `${lang}:${name.replace(/\.yaml$/, '')}`, id: 'all', file: file.path, data: result.data as Record<string, unknown>, yaml, body: '', bodyLine: 0, draft: false });
      continue;
    }
    for (const issue of result.error.issues as unknown as SchemaIssue[]) {
      const path = issue.path as (string | number)[];
      add({ file: file.path, line: yaml.lineOf(path), field: fieldLabel(path), message: explainIssue(issue, valueAt(yaml.data, path)) });
    }
  }
}

/** Runs the schema and reports its issues; a misspelt field is named with the field meant. */
function checkSchema(
  spec: CollectionSpec,
  file: string,
  raw: Record<string, unknown>,
  yaml: ParsedYaml,
  prefix: (string | number)[],
  add: Add,
): Record<string, unknown> | undefined {
  const schema = SCHEMAS.get(spec.collection)!;
  const result = schema.safeParse(raw);
  if (result.success) return result.data as Record<string, unknown>;
  const issues = result.error.issues as unknown as SchemaIssue[];
  // A misspelt required field shows up twice (unknown + missing): report it once, as the typo.
  const meant = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = Object.keys(fieldsAt(spec, issue.path));
    const at = valueAt(raw, issue.path) as Record<string, unknown>;
    for (const key of issue.keys ?? []) {
      const guess = closest(key, known);
      const missing = guess !== undefined && !(guess in at);
      if (missing) meant.add([...issue.path, guess].join('.'));
      const where = issue.path.filter((p) => typeof p === 'string').join('.');
      const hint =
        key === 'slug'
          ? 'the file name is the slug, so remove this line and rename the file instead'
          : guess
            ? `did you mean "${guess}"?${missing ? ` (as written, the page has no ${guess})` : ''}`
            : `the fields of a ${spec.noun}${where ? ` (${where})` : ''} are: ${known.join(', ')}`;
      const path = [...(issue.path as (string | number)[]), key];
      add({ file, line: yaml.lineOf([...prefix, ...path]), field: fieldLabel(path.filter((p) => typeof p === 'string')), message: `is not a field the site knows, so it would be ignored; ${hint}` });
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const path = issue.path as (string | number)[];
    if (meant.has(path.join('.'))) continue;
    const value = valueAt(raw, path);
    // In a list of entries (locations.yaml), say which entry: "location 2 (hillcrest)".
    const which = typeof prefix[0] === 'number' ? `in ${spec.noun} ${prefix[0] + 1}${typeof raw.id === 'string' ? ` (${raw.id})` : ''}, ` : '';
    add({ file, line: yaml.lineOf([...prefix, ...path]), field: fieldLabel(path), message: `${which}${explainIssue(issue, value)}` });
  }
  return undefined;
}

/** The fields a schema allows at a path of nested groups, read from its JSON Schema (zod's public API). */
const jsonSchemas = new Map<string, JsonSchema>();
interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}
function fieldsAt(spec: CollectionSpec, path: readonly PropertyKey[]): Record<string, JsonSchema> {
  let node = jsonSchemas.get(spec.collection);
  if (!node) {
    node = z.toJSONSchema(SCHEMAS.get(spec.collection)!, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    jsonSchemas.set(spec.collection, node);
  }
  for (const segment of path) node = typeof segment === 'number' ? node?.items : node?.properties?.[String(segment)];
  return node?.properties ?? {};
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** Lines that still hold the scaffold's TODO placeholders. */
function checkPlaceholders(
  file: string,
  text: string,
  bodyLine: number,
  severity: 'error' | 'warning',
  add: Add,
) {
  const lines = text.split(/\r?\n/);
  let field: string | undefined;
  let top: string | undefined;
  lines.forEach((line, i) => {
    const number = i + 1;
    const key = number < bodyLine ? /^(\s*)([A-Za-z_][\w-]*)\s*:/.exec(line) : null;
    if (key?.[2]) {
      if (key[1] === '') top = key[2];
      field = key[1] === '' ? key[2] : `${top}.${key[2]}`;
    }
    // A comment line in the frontmatter is guidance, not a value (the scaffold's first lines).
    if (!PLACEHOLDER.test(line) || (number < bodyLine && /^\s*#/.test(line))) return;
    const cut = (t: string) => (t.length > 60 ? `${t.slice(0, 57)}…` : t);
    const comment = /\s#\s*(TODO\b.*)$/.exec(line);
    let message: string;
    if (number >= bodyLine) message = `the body still has the placeholder "${cut(line.trim().replace(/^#+\s*/, ''))}"; write the real text`;
    else if (comment && !PLACEHOLDER.test(line.slice(0, comment.index))) {
      const value = line.slice(0, comment.index).replace(/^\s*[\w-]+\s*:\s*/, '').trim();
      message = `still has the note "# ${cut(comment[1] ?? '')}"; check the value${value ? ` (${value})` : ''}, then delete the note`;
    } else message = `still has the placeholder "${cut(line.trim().replace(/^[\w-]+\s*:\s*/, '').replace(/^"|"$/g, ''))}"; write the real value`;
    add({ file, line: number, field: number < bodyLine ? field : undefined, severity, message });
  });
}

