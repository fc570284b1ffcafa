/**
 * Draws share images (design: lib/ogImage.ts) at build time: satori lays the tree out and
 * turns its text into SVG paths, sharp rasterises the SVG to PNG. The font is DejaVu Sans
 * from @fontsource/dejavu-sans (satori reads its .woff files), never a system font, so the
 * PNGs are the same on every machine.
 *
 * A content-keyed cache keeps every PNG under `<cacheDir>/og-images/<hash>.png`, the hash
 * taking in the element tree (text, colours, sizes), the font files, the library versions
 * and the code of renderOgImage: an unchanged image is copied, not drawn again, on the next build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { OG_FONT, OG_HEIGHT, OG_WIDTH, ogImageTree, type OgImageInput } from './ogImage';

const require = createRequire(import.meta.url);
const FONT_FILES = [
  { weight: 400, file: '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff' },
  { weight: 700, file: '@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff' },
] as const;

interface Fonts {
  fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[];
  /** Hash of the font files and the versions of the libraries that draw: part of every cache key. */
  salt: string;
}

let loaded: Fonts | undefined;
function fonts(): Fonts {
  if (loaded) return loaded;
  const salt = createHash('sha256');
  const { version } = require('satori/package.json') as { version: string };
  salt.update(`satori ${version}, sharp ${sharp.versions.sharp}, rsvg ${sharp.versions.rsvg}\n${renderOgImage.toString()}\n`);
  const list = FONT_FILES.map(({ weight, file }) => {
    const data = readFileSync(require.resolve(file));
    salt.update(data);
    return { name: OG_FONT, data, weight, style: 'normal' as const };
  });
  loaded = { fonts: list, salt: salt.digest('hex') };
  return loaded;
}

/** Draws one share image as a PNG. */
export async function renderOgImage(input: OgImageInput): Promise<Buffer> {
  // satori's element type is React's; the plain tree has the same shape.
  const svg = await satori(ogImageTree(input) as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: fonts().fonts });
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** The cache key of an image: its design tree, the fonts and the library versions. */
export function ogImageKey(input: OgImageInput): string {
  return createHash('sha256').update(fonts().salt).update(JSON.stringify(ogImageTree(input))).digest('hex').slice(0, 32);
}

/**
 * A renderer that keeps its PNGs in `cacheDir`: reuses the PNG of an unchanged image,
 * draws (and keeps) the rest. `hits` and `drawn` count what it did.
 */
export function cachedOgRenderer(cacheDir: string) {
  const dir = join(cacheDir, 'og-images');
  mkdirSync(dir, { recursive: true });
  const stats = { hits: 0, drawn: 0 };
  async function render(input: OgImageInput): Promise<Buffer> {
    const file = join(dir, `${ogImageKey(input)}.png`);
    const cached = await readFile(file).catch(() => undefined);
    if (cached) {
      stats.hits++;
      return cached;
    }
    const png = await renderOgImage(input);
    await writeFile(file, png);
    stats.drawn++;
    return png;
  }
  return { render, stats };
}
