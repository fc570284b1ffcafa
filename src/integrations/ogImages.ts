/**
 * Draws the share images (components/seo/renderOgImage.ts) after the pages are built, from
 * the list that src/pages/og/images.json.ts writes. Drawing starts when the pages are
 * generated and runs while the Pagefind integration indexes (Pagefind works in its own
 * process, so the two share the machine's cores); `astro:build:done` of this integration,
 * listed after Pagefind, waits for the last image. As Astro routes, the 1,000 images of
 * the benchmark corpus cost about twice as much, in per-route work on the critical path.
 *
 * In `astro dev` there are no share images: link previews only read the built site.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderOgImage } from '../components/seo/renderOgImage';
import type { OgImageJob } from '../lib/ogImage';

async function drawAll(site: string): Promise<number> {
  const list = join(site, 'og', 'images.json');
  const jobs = JSON.parse(await readFile(list, 'utf8')) as OgImageJob[];
  await rm(list);
  const dirs = new Set<string>();
  const writes: Promise<void>[] = [];
  for (const job of jobs) {
    const file = join(site, job.path);
    const dir = dirname(file);
    if (!dirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      dirs.add(dir);
    }
    writes.push(writeFile(file, await renderOgImage(job)));
    // Let Pagefind's integration and file writes get their turn between images.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(writes);
  return jobs.length;
}

export default function ogImages(): AstroIntegration {
  let drawing: Promise<number> | undefined;
  let started = 0;
  return {
    name: 'site:og-images',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        started = performance.now();
        drawing = drawAll(fileURLToPath(dir));
        // Reported in astro:build:done; keep an early failure from being "unhandled" meanwhile.
        drawing.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!drawing) return;
        const count = await drawing;
        logger.info(`Drew ${count} share images into og/ in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
