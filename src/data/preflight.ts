/**
 * The pre-flight content check, run by every content loader before Astro reads a file
 * (src/data/loaders.ts). It validates the whole of content/ at once, so the first build
 * error lists every problem in every file, each naming the file, line and field, and it
 * catches what Astro would skip silently (a .markdown file, a duplicate slug).
 *
 * Memoised on the files' contents: ten loaders share one run per build, and in dev an
 * edited file triggers a fresh one.
 */
import { readContentFiles, staticRoutes } from './contentFiles';
import { validateContent } from '../lib/contentValidation';
import { formatProblems, type ContentProblem } from '../lib/contentErrors';

let last: { fingerprint: string; problems: ContentProblem[] } | undefined;

export interface PreflightLogger {
  warn(message: string): void;
  error(message: string): void;
}

/** Thrown for content problems; carries no stack, since the message says all an editor needs. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
    this.stack = '';
  }
}

/**
 * build: throws every error at once, so the build stops with the full list.
 * dev: logs instead of throwing, and again after each edit that changes the list; a throw
 * here would stop Astro from watching the folder, so a fix would not show until a restart.
 */
export function preflight(root: string, mode: 'build' | 'dev', logger?: PreflightLogger): void {
  const files = readContentFiles(root);
  const fingerprint = files.map((f) => `${f.path}\u0000${f.text ?? ''}`).join('\u0001');
  const fresh = last?.fingerprint !== fingerprint;
  if (fresh) last = { fingerprint, problems: validateContent(files, { mode, routes: staticRoutes(root) }).problems };
  const problems = last?.problems ?? [];
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (mode === 'dev') {
    if (!fresh || !logger) return;
    if (errors.length) logger.error(message(errors));
    if (warnings.length) logger.warn(formatProblems(warnings, 'Still to finish before publishing (the build fails until then)'));
    return;
  }
  if (errors.length) throw new ContentError(message(errors));
}

function message(errors: ContentProblem[]): string {
  return `${formatProblems(errors, 'The site cannot be built until these content problems are fixed')}\nEach line names the file, the line and the field. CONTRIBUTING.md explains every field; \`npm run check\` shows this list again.`;
}

interface Watcher {
  on(event: 'all', listener: (event: string, path: string) => void): unknown;
}
const watched = new WeakSet<object>();

/**
 * In dev, re-check on every change under content/. Astro reads a changed file itself and,
 * for broken YAML, prints only "bad indentation of a mapping entry"; this prints the
 * located, explained list next to it (and the list of TODOs left, as it shrinks).
 */
export function watchContent(root: string, watcher: Watcher | undefined, logger: PreflightLogger): void {
  if (!watcher || watched.has(watcher)) return;
  watched.add(watcher);
  const content = `${root.replace(/\/$/, '')}/content/`;
  watcher.on('all', (_event, path) => {
    if (path.startsWith(content)) preflight(root, 'dev', logger);
  });
}
