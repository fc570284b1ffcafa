/**
 * Share images at build time (design: lib/ogImage.ts, drawing: lib/ogImageDraw.ts), behind a
 * content-keyed cache: every PNG is kept under `<cacheDir>/og-images/<hash>.png`, the hash
 * taking in the element tree (text, colours, sizes), the font files, the library versions and
 * the drawing code, so an unchanged image is copied, not drawn again, on the next build. The
 * cache lives in Astro's cache folder (node_modules/.astro), which hosts' build caches keep.
 *
 * Drawing costs about 20 ms of CPU per image, more than rendering its page. In a build the
 * images are drawn in a worker thread (lib/ogImageWorker.ts), started before Astro bundles
 * anything (src/integrations/shareImages.ts), so they are drawn on the second core while the
 * main thread syncs content, bundles and renders pages. The og/ route only lists them
 * (`wantShareImages`); the integration copies them into the output when the pages are done
 * (`writeShareImages`), so no page waits for an image.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { drawOgPng, drawVersions, fontData } from './ogImageDraw';
import type { DrawDone, DrawJob } from './ogImageWorker';
import { OG_FONT, OG_HEIGHT, OG_WIDTH, ogImageTree, type OgImageInput } from './ogImage';

export interface OgRendererOptions {
  /**
   * The folder holding ogImageDraw.ts and ogImageWorker.ts (src/lib/). Defaults to this
   * module's folder, which is right when it runs from src/ (tests, dev) but not from Astro's
   * build bundle: the og/ route passes it.
   */
  libDir?: string;
  /** Draw in a worker thread (builds) rather than in this thread (dev, tests). */
  worker?: boolean;
}

/** Per process, shared by the integration that draws ahead and the og/ route (two module instances). */
interface Shared {
  /** Cache file → its drawing in progress. */
  inflight: Map<string, Promise<void>>;
  worker?: { post(job: Omit<DrawJob, 'id'>): Promise<void> } | undefined;
  salts: Map<string, string>;
  /** The images the og/ route asked for in this build: site path ("og/causes/x.png") → input. */
  wanted: Map<string, OgImageInput>;
}
const KEY = Symbol.for('sciatica-site.og-images');
const shared: Shared = ((globalThis as Record<symbol, unknown>)[KEY] as Shared | undefined) ?? { inflight: new Map(), salts: new Map(), wanted: new Map() };
(globalThis as Record<symbol, unknown>)[KEY] = shared;

const here = () => fileURLToPath(new URL('.', import.meta.url));

/** Hash of the font files, the library versions and the drawing code: part of every cache key. */
function salt(libDir: string): string {
  let value = shared.salts.get(libDir);
  if (!value) {
    const hash = createHash('sha256').update(`${drawVersions()}\n`);
    for (const { data } of fontData()) hash.update(data);
    hash.update(readFileSync(join(libDir, 'ogImageDraw.ts')));
    value = hash.digest('hex');
    shared.salts.set(libDir, value);
  }
  return value;
}

/** The cache key of an image: its design tree, the fonts, the library versions and the drawing code. */
export function ogImageKey(input: OgImageInput, libDir = here()): string {
  return createHash('sha256').update(salt(libDir)).update(JSON.stringify(ogImageTree(input))).digest('hex').slice(0, 32);
}

/** One worker thread per process, referenced only while it has work, so it never holds the process open. */
function workerPool(libDir: string): NonNullable<Shared['worker']> {
  if (shared.worker) return shared.worker;
  const worker = new Worker(join(libDir, 'ogImageWorker.ts'));
  worker.unref();
  const waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.on('message', ({ id, error }: DrawDone) => {
    const job = waiting.get(id);
    waiting.delete(id);
    if (!waiting.size) worker.unref();
    if (error) job?.reject(new Error(`Share image not drawn: ${error}`));
    else job?.resolve();
  });
  worker.on('error', (error) => {
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
    shared.worker = undefined;
  });
  shared.worker = {
    post(job) {
      const id = next++;
      if (!waiting.size) worker.ref();
      return new Promise<void>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ ...job, id } satisfies DrawJob);
      });
    },
  };
  return shared.worker;
}

/**
 * A renderer that keeps its PNGs in `cacheDir`: reuses the PNG of an unchanged image,
 * draws (and keeps) the rest. `hits` and `drawn` count what it did for `render` calls.
 */
export function cachedOgRenderer(cacheDir: string, { libDir = here(), worker = false }: OgRendererOptions = {}) {
  const dir = join(cacheDir, 'og-images');
  mkdirSync(dir, { recursive: true });
  const stats = { hits: 0, drawn: 0 };
  const fileOf = (input: OgImageInput) => join(dir, `${ogImageKey(input, libDir)}.png`);

  /** Draws into the cache file: in the worker, or here (written under a temporary name, then renamed). */
  function draw(input: OgImageInput, file: string): Promise<void> {
    const tree = ogImageTree(input);
    const drawing = worker
      ? workerPool(libDir).post({ tree, width: OG_WIDTH, height: OG_HEIGHT, font: OG_FONT, file })
      : drawOgPng(tree, OG_WIDTH, OG_HEIGHT, OG_FONT).then(async (png) => {
          await writeFile(`${file}.${process.pid}.tmp`, png);
          await rename(`${file}.${process.pid}.tmp`, file);
        });
    const tracked = drawing.finally(() => shared.inflight.delete(file));
    shared.inflight.set(file, tracked);
    return tracked;
  }

  /** Starts drawing every image not in the cache yet; `render` later waits for the one it needs. */
  function prefetch(inputs: readonly OgImageInput[]): number {
    let started = 0;
    for (const input of inputs) {
      const file = fileOf(input);
      if (shared.inflight.has(file) || existsSync(file)) continue;
      // A failure is reported by the render call that needs the image (it draws it again, here).
      draw(input, file).catch(() => undefined);
      started++;
    }
    return started;
  }

  async function render(input: OgImageInput): Promise<Buffer> {
    const file = fileOf(input);
    await shared.inflight.get(file)?.catch(() => undefined);
    const cached = await readFile(file).catch(() => undefined);
    if (cached) {
      stats.hits++;
      return cached;
    }
    await draw(input, file);
    stats.drawn++;
    return readFile(file);
  }
  return { render, prefetch, stats };
}

/** The og/ route, in a build: these are the share images of the site (written by `writeShareImages`). */
export function wantShareImages(images: readonly { file: string; input: OgImageInput }[]): void {
  for (const { file, input } of images) shared.wanted.set(file, input);
}

/**
 * After the pages: every image the og/ route asked for, from the cache (waiting for the worker
 * where it is still drawing) into `outDir`. Returns how many were written.
 */
export async function writeShareImages(outDir: string, cacheDir: string, options: OgRendererOptions): Promise<number> {
  const renderer = cachedOgRenderer(cacheDir, options);
  const wanted = [...shared.wanted];
  shared.wanted.clear();
  renderer.prefetch(wanted.map(([, input]) => input));
  const folders = new Set(wanted.map(([file]) => dirname(join(outDir, file))));
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  let next = 0;
  // A few copies at a time, in the order the worker draws them.
  const lane = async () => {
    while (next < wanted.length) {
      const [file, input] = wanted[next++]!;
      await writeFile(join(outDir, file), await renderer.render(input));
    }
  };
  await Promise.all([lane(), lane(), lane(), lane()]);
  return wanted.length;
}
