/**
 * Loaders for content/. They are Astro's glob() and file() loaders with one change:
 * a schema error is re-thrown naming the file from the repository root and the line
 * of the field, so an editor sees "content/causes/x.md:4 field "description": …".
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { file, glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatContentError, problemsFromAstroMessage } from '../lib/contentErrors';
import { preflight, watchContent } from './preflight';

const root = process.cwd();

function friendlier(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) => {
      // Check all of content/ first (src/data/preflight.ts): clearer messages, and faults
      // Astro skips silently (wrong extension, duplicate slug). In dev, unfinished
      // placeholders only warn, so a page being written can be previewed.
      preflight(root, import.meta.env.DEV ? 'dev' : 'build', context.logger);
      if (import.meta.env.DEV) watchContent(root, context.watcher, context.logger);
      return loader.load({
        ...context,
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            const problems = problemsFromAstroMessage(message);
            if (!props.filePath || problems.length === 0) throw error;
            const path = relative(root, props.filePath);
            const source = readFileSync(props.filePath, 'utf8');
            throw new Error(formatContentError(path, source, problems), { cause: error });
          }
        },
      });
    },
  };
}

/** Markdown and MDX articles in content/<folder>/; files starting with _ are skipped. */
export const articles = (folder: string) =>
  friendlier(glob({ base: `./content/${folder}`, pattern: '**/[^_]*.{md,mdx}' }));

/** One YAML file per entry in content/<folder>/. */
export const yamlEntries = (folder: string) =>
  friendlier(glob({ base: `./content/${folder}`, pattern: '**/[^_]*.{yaml,yml}' }));

/** One YAML file in content/<folder>/ that is a single entry (its id is the file name). */
export const yamlFile = (folder: string, name: string) => friendlier(glob({ base: `./content/${folder}`, pattern: name }));

/** Several entries in one YAML file, each with an id. */
export const yamlList = (path: string) => friendlier(file(path));
