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
import { validateContent, type ValidationMode } from '../lib/contentValidation';
import { formatProblems, type ContentProblem } from '../lib/contentErrors';

let last: { fingerprint: string; problems: ContentProblem[] } | undefined;

export interface PreflightLogger {
  warn(message: string): void;
}

/** Thrown for content problems; carries no stack, since the message says all an editor needs. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
    this.stack = '';
  }
}

export function preflight(root: string, mode: ValidationMode, logger?: PreflightLogger): void {
  const files = readContentFiles(root);
  const fingerprint = files.map((f) => `${f.path}\u0000${f.text ?? ''}`).join('\u0001') + mode;
  if (last?.fingerprint === fingerprint) {
    // Already reported by the first loader of this run.
    if (last.problems.some((p) => p.severity === 'error')) throw new ContentError(message(last.problems));
    return;
  }
  const { problems } = validateContent(files, { mode, routes: staticRoutes(root) });
  const isNew = last?.fingerprint !== fingerprint;
  last = { fingerprint, problems };
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (isNew && warnings.length && logger) logger.warn(formatProblems(warnings, 'Content to finish before publishing'));
  if (problems.some((p) => p.severity === 'error')) throw new ContentError(message(problems));
}

function message(problems: ContentProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  return `${formatProblems(errors, 'The site cannot be built until these content problems are fixed')}\nEach line names the file, the line and the field. CONTRIBUTING.md explains every field; \`npm run check\` shows this list again.`;
}
