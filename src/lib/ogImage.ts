/**
 * The share image of a page (Open Graph / Twitter card): its layout and colours, and the
 * same design as SVG. Pure: text in, layout or SVG out. The build draws the PNG from the
 * layout (components/seo/renderOgImage.ts, run by integrations/ogImages.ts).
 *
 * Flat colours and one system font keep the PNG small and the drawing cheap; the bench
 * (scripts/bench.mjs) prints what the images cost for 1,000 articles.
 */

/** 1200 × 630 is the size Open Graph and Twitter's large card ask for (1.91 : 1). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgImageInput {
  /** The page title, the big words. */
  title: string;
  /** Section label above it ("Causes"); empty for pages outside a section. */
  kicker: string;
  /** The practice name, at the bottom. */
  siteName: string;
}

/** One image to draw: what goes on it and where it goes in the build folder ("og/causes/x.png"). */
export interface OgImageJob extends OgImageInput {
  path: string;
}

/** Approximate advance of DejaVu Sans Bold per character, in em, when no exact metrics are at hand. */
const CHAR_EM = 0.62;

/** Width of `text` in px at `size`; the PNG renderer passes the font's real advances. */
export type Measure = (text: string, size: number, bold: boolean) => number;
export const estimateWidth: Measure = (text, size) => text.length * size * CHAR_EM;

/**
 * Splits text into at most `maxLines` lines that each `fit`, ending with "…" if cut.
 * A single word too long for a line is cut to fit.
 */
export function wrapText(text: string, fits: (line: string) => boolean, maxLines: number): string[] {
  const cut = (word: string) => {
    let w = word;
    while (w.length > 1 && !fits(`${w}…`)) w = w.slice(0, -1);
    return `${w}…`;
  };
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (!line) {
      line = cut(word);
      continue;
    }
    lines.push(line);
    if (lines.length === maxLines) {
      lines[maxLines - 1] = fits(`${line}…`) ? `${line}…` : cut(line);
      return lines;
    }
    line = fits(word) ? word : cut(word);
  }
  if (line) lines.push(line);
  return lines;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/** One run of text on the image: left-aligned at x, baseline at y. */
export interface OgText {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  /** Extra px between letters. */
  letterSpacing: number;
  color: string;
}

export const OG_COLORS = { frame: '#0b6262', card: '#fbfaf7', kicker: '#0b6262', title: '#1c2321', footer: '#4a5552' } as const;
/** The card inside the frame: inset and corner radius in px. */
export const OG_CARD = { inset: 36, radius: 28 } as const;

/** Where every piece of text goes. Pure: the same layout feeds the SVG and the PNG renderer. */
export function ogLayout({ title, kicker, siteName }: OgImageInput, measure: Measure = estimateWidth): OgText[] {
  const pad = 90;
  const usable = OG_WIDTH - 2 * pad;
  // Shorter titles get bigger type; long ones step down so three lines always fit.
  const size = title.length <= 40 ? 76 : title.length <= 70 ? 64 : 54;
  const lines = wrapText(title, (line) => measure(line, size, true) <= usable, 3);
  const lineHeight = Math.round(size * 1.18);
  const top = 250 + (3 - lines.length) * Math.round(lineHeight / 3);
  const runs: OgText[] = [];
  if (kicker) runs.push({ text: kicker.toUpperCase(), x: pad, y: 140, size: 34, bold: true, letterSpacing: 2, color: OG_COLORS.kicker });
  lines.forEach((line, i) => runs.push({ text: line, x: pad, y: top + i * lineHeight, size, bold: true, letterSpacing: 0, color: OG_COLORS.title }));
  runs.push({ text: siteName, x: pad, y: OG_HEIGHT - 90, size: 30, bold: false, letterSpacing: 0, color: OG_COLORS.footer });
  return runs;
}

/** The share image as SVG (the fallback renderer's input, and a readable spec of the design). */
export function ogImageSvg(input: OgImageInput, measure: Measure = estimateWidth): string {
  const { inset, radius } = OG_CARD;
  const texts = ogLayout(input, measure).map(
    (t) =>
      `<text x="${t.x}" y="${t.y}" font-size="${t.size}"${t.bold ? ' font-weight="700"' : ''}${t.letterSpacing ? ` letter-spacing="${t.letterSpacing}"` : ''} fill="${t.color}">${escapeXml(t.text)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${OG_COLORS.frame}"/>`,
    `<rect x="${inset}" y="${inset}" width="${OG_WIDTH - 2 * inset}" height="${OG_HEIGHT - 2 * inset}" rx="${radius}" fill="${OG_COLORS.card}"/>`,
    `<g font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">${texts.join('')}</g></svg>`,
  ].join('');
}

/** Site path (no base) of a page's share image: "og/causes/herniated-disc.png"; the site's own is "og/site.png". */
export function ogImagePath(pagePath: string): string {
  const clean = pagePath.replace(/^\/+|\/+$/g, '');
  return `og/${clean || 'site'}.png`;
}
