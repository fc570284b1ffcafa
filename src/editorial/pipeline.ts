/**
 * The content pipeline's one entry point. `checkContent()` reads content/ and validates it
 * (src/editorial/validate.ts): the build runs it once, before Astro reads a file
 * (src/integrations/contentCheck.ts), `astro dev` once per change, `npm run check` once.
 * Later steps of the same process take the result from `checkedContent()` instead of reading
 * the files again: the citation plugin's source labels come from here.
 */
import { resolve } from 'node:path';
import { readContentFiles, staticRoutes } from './files';
import { validateContent, type ContentFile, type Entry, type ValidationMode, type ValidationResult } from './validate';
import type { SourceLabelInput } from '../lib/citations';

export interface CheckedContent extends ValidationResult {
  root: string;
  files: ContentFile[];
}

// One result per process, on globalThis: the pages of a build run from Astro's bundle, which
// has its own copy of this module, and take the bodies of the pages from here (site.ts).
const KEY = Symbol.for('sciatica-site.checked-content');
const slot = globalThis as { [KEY]?: CheckedContent | undefined };

/** Reads and validates every file under <root>/content. */
export function checkContent(root: string, mode: ValidationMode): CheckedContent {
  const files = readContentFiles(root);
  slot[KEY] = { root, files, ...validateContent(files, { mode, routes: staticRoutes(root) }) };
  return slot[KEY];
}

/**
 * The last result for this root, or a fresh check when there is none yet. Roots are compared
 * resolved: the integrations pass Astro's root ("/site/"), the Markdown plugins the working
 * directory ("/site"); compared as written, each call re-read and re-checked every file (three
 * times per build, about 1 s each at 1,000 articles).
 */
export function checkedContent(root = process.cwd(), mode: ValidationMode = 'build'): CheckedContent {
  const current = slot[KEY];
  return current && resolve(current.root) === resolve(root) ? current : checkContent(root, mode);
}

const bodyMaps = new WeakMap<CheckedContent, Map<string, string>>();

/** Page bodies by collection and id ("causes/x", "es:causes/x"), as the check read them; one map per check. */
export function bodiesOf(content: CheckedContent): Map<string, string> {
  let map = bodyMaps.get(content);
  if (!map) bodyMaps.set(content, (map = new Map(content.entries.map((e) => [`${e.collection}/${e.id}`, e.body]))));
  return map;
}

/** The bibliography as the citation links need it: key → authors, year, title, kind. */
export function sourceLabels(entries: readonly Entry[]): Map<string, SourceLabelInput> {
  return new Map(
    entries.filter((e) => e.collection === 'sources').map((e) => [e.id, e.data as unknown as SourceLabelInput]),
  );
}
