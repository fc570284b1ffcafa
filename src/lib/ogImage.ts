/**
 * The share image of a page (Open Graph / Twitter card), as an SVG that the build turns
 * into a PNG (src/pages/og/[...slug].png.ts). Pure: text in, SVG string out.
 *
 * Flat colours and one system font keep the PNG small and the rendering cheap; the
 * bench (scripts/bench.mjs) prints what the images cost for 1,000 articles.
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

/** Approximate width of DejaVu Sans Bold per character, in em: good enough to wrap a title. */
const CHAR_EM = 0.62;

/** Splits text into at most `maxLines` lines of at most `maxChars`, ending with "…" if cut. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars || !line) {
      line = next.length > maxChars ? `${next.slice(0, maxChars - 1)}…` : next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      const last = lines[maxLines - 1]!;
      lines[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1) : last}…`;
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/** The SVG for one page's share image. */
export function ogImageSvg({ title, kicker, siteName }: OgImageInput): string {
  const pad = 90;
  const usable = OG_WIDTH - 2 * pad;
  // Shorter titles get bigger type; long ones step down so three lines always fit.
  const size = title.length <= 40 ? 76 : title.length <= 70 ? 64 : 54;
  const lines = wrapText(title, Math.floor(usable / (size * CHAR_EM)), 3);
  const lineHeight = Math.round(size * 1.18);
  const top = 250 + (3 - lines.length) * Math.round(lineHeight / 3);
  const tspans = lines
    .map((line, i) => `<tspan x="${pad}" y="${top + i * lineHeight}">${escapeXml(line)}</tspan>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#0b6262"/>`,
    `<rect x="36" y="36" width="${OG_WIDTH - 72}" height="${OG_HEIGHT - 72}" rx="28" fill="#fbfaf7"/>`,
    `<g font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">`,
    kicker ? `<text x="${pad}" y="140" font-size="34" font-weight="700" letter-spacing="2" fill="#0b6262">${escapeXml(kicker.toUpperCase())}</text>` : '',
    `<text font-size="${size}" font-weight="700" fill="#1c2321">${tspans}</text>`,
    `<text x="${pad}" y="${OG_HEIGHT - 90}" font-size="30" fill="#4a5552">${escapeXml(siteName)}</text>`,
    `</g></svg>`,
  ].join('');
}

/** Site path (no base) of a page's share image: "og/causes/herniated-disc.png"; the site's own is "og/site.png". */
export function ogImagePath(pagePath: string): string {
  const clean = pagePath.replace(/^\/+|\/+$/g, '');
  return `og/${clean || 'site'}.png`;
}
