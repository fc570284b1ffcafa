/**
 * WCAG 2 colour contrast: relative luminance, the contrast ratio, and the nearest colour
 * that reaches a ratio. Pure; the brand check (src/editorial/brand.ts) words the findings.
 * https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 */

/** WCAG AA minimums: body text 4.5:1; large text (24 px, or 18.66 px bold) and UI edges 3:1. */
export const AA = { text: 4.5, 'large-text': 3, ui: 3 } as const;
export type ContrastUse = keyof typeof AA;

export const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

type Rgb = [number, number, number];

/** "#1f4f7a" or "#fff" → [31, 79, 122]. */
export function parseHex(hex: string): Rgb {
  if (!HEX_COLOUR.test(hex)) throw new Error(`not a hex colour: ${hex}`);
  const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, 1 to 21, in either order. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** "4.52:1", rounded down so a ratio shown as passing never fails. */
export const formatRatio = (ratio: number) => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;

function rgbToHsl([r, g, b]: Rgb): Rgb {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rn ? (gn - bn) / d + (gn < bn ? 6 : 0) : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  return [h / 6, s, l];
}

function hslToRgb([h, s, l]: Rgb): Rgb {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  return [channel(h + 1 / 3) * 255, channel(h) * 255, channel(h - 1 / 3) * 255];
}

/**
 * The colour nearest to `colour` (same hue and saturation, lightness moved as little as
 * possible, darker or lighter) for which `passes` holds; undefined when no lightness does.
 * Scans in steps of 0.2% of the way to black or white, so it also works when several
 * backgrounds (some of them derived from the colour) must pass at once.
 */
export function nearestWhere(colour: string, passes: (hex: string) => boolean): string | undefined {
  if (passes(colour.toLowerCase())) return colour.toLowerCase();
  const [h, s, l] = rgbToHsl(parseHex(colour));
  let best: { hex: string; change: number } | undefined;
  for (const target of [0, 1]) {
    for (let t = 0.002; t <= 1.0001; t += 0.002) {
      const hex = toHex(hslToRgb([h, s, l + (target - l) * t]));
      if (!passes(hex)) continue;
      const change = Math.abs(target - l) * t;
      if (!best || change < best.change) best = { hex, change };
      break;
    }
  }
  return best?.hex;
}

/** The nearest colour to `colour` with at least `min` contrast against `against` (see nearestWhere). */
export const nearestPassing = (colour: string, against: string, min: number) => nearestWhere(colour, (hex) => contrastRatio(hex, against) >= min);
