/**
 * The share-image worker thread (started by src/lib/ogImageRender.ts): draws the trees it is
 * sent and writes each PNG to the file named, so the page-rendering thread never runs satori
 * or sharp's JavaScript. Node runs this file from src/ as it is (type stripping), so it
 * imports nothing but packages and ./ogImageDraw.ts.
 */
import { rename, writeFile } from 'node:fs/promises';
import { parentPort, threadId } from 'node:worker_threads';
import { drawOgPng } from './ogImageDraw.ts';

export interface DrawJob {
  id: number;
  tree: unknown;
  width: number;
  height: number;
  font: string;
  /** Where the PNG goes (the content-keyed cache). */
  file: string;
}

export type DrawDone = { id: number; error?: string };

// Two images in flight: satori lays out the next while sharp rasterises one on its own threads.
const queue: DrawJob[] = [];
let running = 0;
function pump(): void {
  while (running < 2 && queue.length) {
    const job = queue.shift()!;
    running++;
    drawOgPng(job.tree, job.width, job.height, job.font)
      // Under a temporary name first: a reader never sees half a PNG.
      .then((png) => writeFile(`${job.file}.${process.pid}-${threadId}.tmp`, png))
      .then(() => rename(`${job.file}.${process.pid}-${threadId}.tmp`, job.file))
      .then(
        () => parentPort?.postMessage({ id: job.id } satisfies DrawDone),
        (error: unknown) => parentPort?.postMessage({ id: job.id, error: String(error) } satisfies DrawDone),
      )
      .finally(() => {
        running--;
        pump();
      });
  }
}

parentPort?.on('message', (job: DrawJob) => {
  queue.push(job);
  pump();
});
