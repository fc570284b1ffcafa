/**
 * Draws a page's share image (layout from lib/ogImage.ts) as a small palette PNG, at build
 * time (integrations/ogImages.ts) and cheaply: 1,000 articles must build in seconds
 * (scripts/bench.mjs).
 *
 * Rasterising text is the expensive part, and libvips serialises it, so each glyph is
 * rasterised once per font size (one SVG "atlas" per size, through sharp) and every image
 * is then stamped together from those glyphs in JavaScript, with advances read from the
 * font file itself. The PNG is indexed colour (the design has five colours plus their
 * anti-aliasing blends) and compressed with run-length deflate. About 2 ms and 20 KB an
 * image.
 *
 * If the font files are not where Debian puts them, the whole SVG goes through sharp
 * instead: same design, about 10 ms an image.
 */
import { existsSync, readFileSync } from 'node:fs';
import { constants, crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { OG_CARD, OG_COLORS, OG_HEIGHT, OG_WIDTH, escapeXml, ogImageSvg, ogLayout, type OgImageInput } from '../../lib/ogImage';

const FONT_FILES = {
  bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
};
const FONT_FAMILY = 'DejaVu Sans';

// --- Font metrics: advance widths from the TrueType tables (cmap format 4, hmtx). ---

interface FontMetrics {
  unitsPerEm: number;
  advance(char: string): number;
}

function readFont(path: string): FontMetrics {
  const data = readFileSync(path);
  const tables = new Map<string, number>();
  const numTables = data.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    tables.set(data.toString('latin1', record, record + 4), data.readUInt32BE(record + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`${path}: no ${tag} table`);
    return offset;
  };
  const unitsPerEm = data.readUInt16BE(table('head') + 18);
  const numberOfHMetrics = data.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const cmap = table('cmap');
  let format4 = -1;
  for (let i = 0; i < data.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const platform = data.readUInt16BE(record);
    const encoding = data.readUInt16BE(record + 2);
    const sub = cmap + data.readUInt32BE(record + 4);
    if (((platform === 3 && encoding === 1) || platform === 0) && data.readUInt16BE(sub) === 4) format4 = sub;
  }
  if (format4 < 0) throw new Error(`${path}: no Unicode cmap`);
  const segCount = data.readUInt16BE(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  const glyphOf = (code: number) => {
    for (let i = 0; i < segCount; i++) {
      if (code > data.readUInt16BE(ends + i * 2)) continue;
      const start = data.readUInt16BE(starts + i * 2);
      if (code < start) return 0;
      const delta = data.readInt16BE(deltas + i * 2);
      const rangeOffset = data.readUInt16BE(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = data.readUInt16BE(rangeOffsets + i * 2 + rangeOffset + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const advances = new Map<string, number>();
  return {
    unitsPerEm,
    advance(char) {
      let advance = advances.get(char);
      if (advance === undefined) {
        const glyph = glyphOf(char.codePointAt(0) ?? 0);
        advance = data.readUInt16BE(hmtx + Math.min(glyph, numberOfHMetrics - 1) * 4);
        advances.set(char, advance);
      }
      return advance;
    },
  };
}

// --- Glyphs: rasterised once per (weight, size), kept as coverage masks. ---

interface Glyph {
  /** Coverage 0–255, `width` × `height`, trimmed to the ink. */
  mask: Uint8Array;
  width: number;
  height: number;
  /** Ink offset from the pen position (x) and from the baseline (y, downwards). */
  left: number;
  top: number;
}

class GlyphSet {
  readonly glyphs = new Map<string, Glyph>();
  /** The atlas being rendered, so pages drawn at the same time wait for one render, not start their own. */
  private pending: Promise<void> = Promise.resolve();
  readonly bold: boolean;
  readonly size: number;
  readonly metrics: FontMetrics;
  constructor(bold: boolean, size: number, metrics: FontMetrics) {
    this.bold = bold;
    this.size = size;
    this.metrics = metrics;
  }

  advance(char: string): number {
    return (this.metrics.advance(char) * this.size) / this.metrics.unitsPerEm;
  }

  /** Rasterises every character of `text` not seen before, all in one SVG. */
  prepare(text: string): Promise<void> {
    this.pending = this.pending.then(() => this.rasterise(text));
    return this.pending;
  }

  private async rasterise(text: string): Promise<void> {
    const missing = [...new Set(text)].filter((c) => !this.glyphs.has(c) && c.trim());
    if (!missing.length) return;
    const cell = Math.ceil(this.size * 1.6);
    const margin = Math.ceil(this.size * 0.3);
    const baseline = Math.ceil(this.size * 1.15);
    const columns = 16;
    const rows = Math.ceil(missing.length / columns);
    const width = columns * cell;
    const texts = missing.map(
      (c, i) => `<text x="${(i % columns) * cell + margin}" y="${Math.floor(i / columns) * cell + baseline}">${escapeXml(c)}</text>`,
    );
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${rows * cell}"><g font-family="${FONT_FAMILY}" font-size="${this.size}"${this.bold ? ' font-weight="700"' : ''} fill="#000">${texts.join('')}</g></svg>`;
    const alpha = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
    for (const [i, char] of missing.entries()) {
      const x0 = (i % columns) * cell;
      const y0 = Math.floor(i / columns) * cell;
      let minX = cell, minY = cell, maxX = -1, maxY = -1;
      for (let y = 0; y < cell; y++) {
        for (let x = 0; x < cell; x++) {
          if (alpha[(y0 + y) * width + x0 + x]! > 0) {
            if (x < minX) minX = x;
            if (x > maxX) maxX = x;
            if (y < minY) minY = y;
            if (y > maxY) maxY = y;
          }
        }
      }
      if (maxX < 0) {
        this.glyphs.set(char, { mask: new Uint8Array(0), width: 0, height: 0, left: 0, top: 0 });
        continue;
      }
      const w = maxX - minX + 1;
      const h = maxY - minY + 1;
      const mask = new Uint8Array(w * h);
      for (let y = 0; y < h; y++) mask.set(alpha.subarray((y0 + minY + y) * width + x0 + minX, (y0 + minY + y) * width + x0 + minX + w), y * w);
      this.glyphs.set(char, { mask, width: w, height: h, left: minX - margin, top: minY - baseline });
    }
  }
}

// --- The palette and the empty card, made once. ---

const LEVELS = 16;
const hex = (color: string) => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));

/** Bytes per scanline of the PNG's raw data: a filter byte (0, none), then one index a pixel. */
const STRIDE = OG_WIDTH + 1;

interface Canvas {
  palette: Buffer;
  /** Palette index where each text colour's blend over the card starts (level 0 = card). */
  base: Record<string, number>;
  /** The empty card as PNG scanlines, ready to copy and draw on. */
  background: Buffer;
}

function makeCanvas(): Canvas {
  const colors: number[][] = [];
  const blend = (from: string, to: string) => {
    const start = colors.length;
    const [a, b] = [hex(from), hex(to)];
    for (let level = 0; level < LEVELS; level++) colors.push(a.map((v, k) => Math.round(v + ((b[k]! - v) * level) / (LEVELS - 1))));
    return start;
  };
  // Index 0.. : card → frame (the card's rounded corners), then card → each text colour.
  const corner = blend(OG_COLORS.card, OG_COLORS.frame);
  const base: Record<string, number> = {};
  for (const color of new Set([OG_COLORS.kicker, OG_COLORS.title, OG_COLORS.footer])) base[color] = blend(OG_COLORS.card, color);
  const frame = corner + LEVELS - 1;
  const background = Buffer.alloc(STRIDE * OG_HEIGHT, frame);
  for (let y = 0; y < OG_HEIGHT; y++) background[y * STRIDE] = 0;
  const { inset, radius } = OG_CARD;
  const [x0, y0, x1, y1] = [inset, inset, OG_WIDTH - inset, OG_HEIGHT - inset];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      // Inside a corner square: coverage of the quarter circle, 4 × 4 samples a pixel.
      const cx = x < x0 + radius ? x0 + radius : x >= x1 - radius ? x1 - radius : -1;
      const cy = y < y0 + radius ? y0 + radius : y >= y1 - radius ? y1 - radius : -1;
      let inside = 16;
      if (cx >= 0 && cy >= 0) {
        inside = 0;
        for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
          const dx = x + (sx + 0.5) / 4 - cx;
          const dy = y + (sy + 0.5) / 4 - cy;
          if (dx * dx + dy * dy <= radius * radius) inside++;
        }
      }
      background[y * STRIDE + 1 + x] = corner + Math.round(((16 - inside) / 16) * (LEVELS - 1));
    }
  }
  return { palette: Buffer.from(colors.flat()), base, background };
}

// --- PNG: indexed colour, no filter (flat areas compress to almost nothing). ---

function chunk(type: string, body: Buffer): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  body.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}

function encodePng(raw: Buffer, palette: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(OG_WIDTH, 0);
  header.writeUInt32BE(OG_HEIGHT, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // indexed colour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    // Run-length matching only: the card is long runs of one index, and this is ~10× faster
    // than the default strategy. Synchronous on purpose: well under a millisecond, while a
    // hop to the thread pool queued behind Astro's file writes cost several.
    chunk('IDAT', deflateSync(raw, { level: 6, strategy: constants.Z_RLE })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// --- Putting it together. ---

interface Renderer {
  canvas: Canvas;
  fonts: { bold: FontMetrics; regular: FontMetrics };
  sets: Map<string, GlyphSet>;
  scratch?: Buffer;
}

let renderer: Renderer | null | undefined;

function getRenderer(): Renderer | null {
  if (renderer === undefined) {
    renderer = Object.values(FONT_FILES).every((f) => existsSync(f))
      ? { canvas: makeCanvas(), fonts: { bold: readFont(FONT_FILES.bold), regular: readFont(FONT_FILES.regular) }, sets: new Map() }
      : null;
  }
  return renderer;
}

export async function renderOgImage(input: OgImageInput): Promise<Buffer> {
  const r = getRenderer();
  if (!r) return sharp(Buffer.from(ogImageSvg(input))).removeAlpha().png().toBuffer();

  const glyphSet = (bold: boolean, size: number) => {
    const key = `${bold ? 'b' : 'r'}${size}`;
    let set = r.sets.get(key);
    if (!set) r.sets.set(key, (set = new GlyphSet(bold, size, bold ? r.fonts.bold : r.fonts.regular)));
    return set;
  };
  const measure = (text: string, size: number, bold: boolean) => {
    const set = glyphSet(bold, size);
    return [...text].reduce((width, c) => width + set.advance(c), 0);
  };
  const runs = ogLayout(input, measure);
  for (const run of runs) await glyphSet(run.bold, run.size).prepare(run.text);

  // One scratch canvas for every image: nothing awaits between here and the encoding, so
  // no other image can draw on it meanwhile, and the build makes no 750 KB of garbage an image.
  const pixels = (r.scratch ??= Buffer.alloc(r.canvas.background.length));
  r.canvas.background.copy(pixels);
  for (const run of runs) {
    const set = glyphSet(run.bold, run.size);
    const start = r.canvas.base[run.color]!;
    let pen = run.x;
    for (const char of run.text) {
      const glyph = set.glyphs.get(char);
      if (glyph && glyph.width) {
        const gx = Math.round(pen) + glyph.left;
        const gy = run.y + glyph.top;
        for (let y = 0; y < glyph.height; y++) {
          const row = (gy + y) * STRIDE + 1;
          for (let x = 0; x < glyph.width; x++) {
            const coverage = glyph.mask[y * glyph.width + x]!;
            if (!coverage) continue;
            const level = Math.round((coverage * (LEVELS - 1)) / 255);
            const at = row + gx + x;
            const current = pixels[at]!;
            // Overlapping glyph edges keep the darker (more covered) value.
            const currentLevel = current >= start && current < start + LEVELS ? current - start : 0;
            if (level > currentLevel) pixels[at] = start + level;
          }
        }
      }
      pen += set.advance(char) + run.letterSpacing;
    }
  }
  return encodePng(pixels, r.canvas.palette);
}
