/**
 * Draws one share image: satori lays the element tree out and turns its text into SVG
 * paths, sharp rasterises the SVG to PNG. The font is DejaVu Sans from
 * @fontsource/dejavu-sans (satori reads its .woff files), never a system font, so the PNGs
 * are the same on every machine.
 *
 * Imports only packages: the build runs this file in a worker thread straight from src/
 * (src/lib/ogImageWorker.ts, Node strips the types), away from the thread that renders pages.
 * Its source text is part of every share image's cache key (src/lib/ogImageRender.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';

const require = createRequire(import.meta.url);

/** The font files the design uses, resolved from this project's node_modules. */
export const FONT_FILES = [
  { weight: 400, file: '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff' },
  { weight: 700, file: '@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff' },
] as const;

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Font[] | undefined;

/** The font files' bytes, read once per thread. */
export function fontData(): { weight: number; data: Buffer }[] {
  return FONT_FILES.map(({ weight, file }) => ({ weight, data: readFileSync(require.resolve(file)) }));
}

/** Versions of the libraries that draw: part of the cache key. */
export function drawVersions(): string {
  const { version } = require('satori/package.json') as { version: string };
  return `satori ${version}, sharp ${sharp.versions.sharp}, rsvg ${sharp.versions.rsvg}`;
}

/** One PNG from a satori element tree (lib/ogImage.ts ogImageTree) of the given size. */
export async function drawOgPng(tree: unknown, width: number, height: number, fontName: string): Promise<Buffer> {
  fonts ??= fontData().map(({ weight, data }) => ({ name: fontName, data, weight: weight as 400 | 700, style: 'normal' as const }));
  // satori's element type is React's; the plain tree has the same shape.
  const svg = await satori(tree as Parameters<typeof satori>[0], { width, height, fonts });
  return sharp(Buffer.from(svg)).png().toBuffer();
}
