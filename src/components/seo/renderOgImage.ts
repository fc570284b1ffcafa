/**
 * Turns a share-image SVG (lib/ogImage.ts) into a PNG with sharp, at build time.
 *
 * Rendering text is the expensive part and libvips serialises it, so finished PNGs are
 * kept in the build cache (ASTRO_CACHE_DIR/og/), keyed by a hash of the SVG: a rebuild
 * renders only the images whose title, section or practice name changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { ogImageSvg, type OgImageInput } from '../../lib/ogImage';

// The same folder astro.config.mjs gives Astro as cacheDir.
const cacheDir = join(process.env.ASTRO_CACHE_DIR || './node_modules/.astro', 'og');
let cacheReady = false;

export async function renderOgImage(input: OgImageInput): Promise<Uint8Array> {
  const svg = ogImageSvg(input);
  const key = createHash('sha1').update(svg).digest('hex');
  const cached = join(cacheDir, `${key}.png`);
  try {
    return readFileSync(cached);
  } catch {
    // not rendered yet
  }
  // Flat colours: RGB without alpha, default zlib level — small and quick to encode.
  const png = await sharp(Buffer.from(svg)).removeAlpha().png().toBuffer();
  if (!cacheReady) {
    mkdirSync(cacheDir, { recursive: true });
    cacheReady = true;
  }
  writeFileSync(cached, png);
  return png;
}
