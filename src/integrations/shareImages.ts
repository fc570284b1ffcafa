/**
 * Starts drawing the share images as soon as `astro build` has its config, from the titles the
 * content check has just read (src/editorial/pipeline.ts), in a worker thread
 * (lib/ogImageRender.ts). Drawing 1,000 images takes about 20 s of CPU: started here it runs on
 * the second core while the main thread syncs content, bundles and renders pages, instead of
 * holding up page generation. The og/ route stays the authority on which images exist
 * (shareImageInputs, the same function, from the site's data); when the pages are done this
 * integration writes those it listed into og/, drawing any not drawn ahead.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ARTICLE_COLLECTIONS, articlePath, sectionOf, type ArticleCollection } from '../collections';
import { checkedContent } from '../editorial/pipeline';
import { shareImageInputs, type SharePage } from '../lib/ogImage';
import { cachedOgRenderer, writeShareImages } from '../lib/ogImageRender';

export default function shareImages(): AstroIntegration {
  let command = '';
  let cacheDir = '';
  let libDir = '';
  return {
    name: 'site:share-images',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config, logger }) => {
        if (command !== 'build') return;
        const { entries } = checkedContent(fileURLToPath(config.root));
        const practice = entries.find((e) => e.collection === 'practice')?.data as Parameters<typeof shareImageInputs>[1] | undefined;
        if (!practice?.colors) return;
        const pages: SharePage[] = entries
          .filter((e) => (ARTICLE_COLLECTIONS as string[]).includes(e.collection) && !e.draft)
          .map((e) => {
            const collection = e.collection as ArticleCollection;
            // As src/data/site.ts: an FAQ's h1 is its question.
            const heading = String(collection === 'faqs' ? e.data['question'] : e.data['title']);
            return { path: articlePath(collection, e.id), heading, kicker: sectionOf(collection).singular };
          });
        cacheDir = fileURLToPath(config.cacheDir);
        libDir = fileURLToPath(new URL('lib/', config.srcDir));
        const renderer = cachedOgRenderer(cacheDir, { libDir, worker: true });
        const started = renderer.prefetch(shareImageInputs(pages, practice).map((i) => i.input));
        logger.info(`Drawing ${started} share images in a worker thread (${pages.length + 1 - started} unchanged, from the cache).`);
      },
      // Before Pagefind (the integration after this one), so the index step has both cores.
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const written = await writeShareImages(fileURLToPath(dir), cacheDir, { libDir, worker: true });
        logger.info(`Wrote ${written} share images into og/ (${Math.round(performance.now() - started)} ms waiting for the last ones).`);
      },
    },
  };
}
