/**
 * Runs the pre-flight content check (src/editorial/) once per build, before Astro's loaders
 * read a file, and again after each change under content/ in `astro dev`. It reports what
 * Astro would skip silently or word poorly (a .markdown file, a duplicate slug, a typo'd
 * field, a dangling reference) as one list that names file, line and field.
 *
 * build: every error at once stops the build. dev: the list is logged, never thrown, because
 * a throw would stop Astro watching the folder and a fix would need a restart.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, type CheckedContent } from '../editorial/pipeline';
import { formatProblems } from '../editorial/problems';

/** Content problems: the message says all an editor needs, so no stack trace. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
    this.stack = '';
  }
}

export default function contentCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'preview') return;
        root = fileURLToPath(config.root);
        report(checkContent(root, command === 'dev' ? 'dev' : 'build'), command === 'dev', logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        const content = `${root.replace(/\/$/, '')}/content/`;
        let last = '';
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(content)) return;
          // Log again only when the list changed, as it shrinks while a page is finished.
          const result = checkContent(root, 'dev');
          const text = result.problems.map((p) => `${p.file}:${p.line}:${p.message}`).join('\n');
          if (text !== last) report(result, true, logger);
          last = text;
        });
      },
    },
  };
}

function report({ problems }: CheckedContent, dev: boolean, logger: AstroIntegrationLogger) {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const stop = errors.length
    ? `${formatProblems(errors, 'The site cannot be built until these content problems are fixed')}\nEach line names the file, the line and the field. CONTRIBUTING.md explains every field; \`npm run check\` shows this list again.`
    : '';
  if (!dev && stop) throw new ContentError(stop);
  if (stop) logger.error(stop);
  if (dev && warnings.length) logger.warn(formatProblems(warnings, 'Still to finish before publishing (the build fails until then)'));
}
