/**
 * The practice's look, from content/practice/site.yaml: its brand colours and font as CSS
 * custom properties (bundled with the site's CSS by src/integrations/brand.ts, so no inline
 * style is needed under the CSP), the default favicon, and the colour pairs the contrast
 * check holds to WCAG AA. The neutral colours (page, cards, text) stay in
 * src/styles/global.css; NEUTRALS repeats the ones the brand colours sit on, and a unit
 * test keeps the two in step.
 */
import { AA, type ContrastUse, parseHex, toHex } from './contrast';

export type Scheme = 'light' | 'dark';
export const SCHEMES: readonly Scheme[] = ['light', 'dark'];

export interface SchemeColours {
  accent: string;
  accentText: string;
  accentSoft?: string | undefined;
}
export type BrandColours = Record<Scheme, SchemeColours>;

export interface BrandFont {
  package: string;
  family: string;
  weights: number[];
}

/** The page and card backgrounds of each scheme, as in src/styles/global.css. */
export const NEUTRALS: Record<Scheme, { bg: string; surface: string }> = {
  light: { bg: '#fbfaf7', surface: '#ffffff' },
  dark: { bg: '#111615', surface: '#1a2120' },
};

/** Used when site.yaml sets no colours: a plain blue, not any practice's brand. */
export const DEFAULT_COLOURS: BrandColours = {
  light: { accent: '#1f4f7a', accentText: '#ffffff' },
  dark: { accent: '#9cc8f0', accentText: '#0d1b29' },
};

export const SYSTEM_FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** a·(1−t) + b·t, per channel. */
export function mix(a: string, b: string, t: number): string {
  const [x, y] = [parseHex(a), parseHex(b)];
  return toHex([0, 1, 2].map((i) => x[i]! * (1 - t) + y[i]! * t) as [number, number, number]);
}

/** The tint behind the current menu item: set in site.yaml, or 12% of the accent over the card colour. */
export const accentSoft = (colours: SchemeColours, scheme: Scheme) => colours.accentSoft ?? mix(NEUTRALS[scheme].surface, colours.accent, 0.12);

export interface ContrastPair {
  scheme: Scheme;
  /** The setting the suggestion changes ("accent"). */
  field: keyof SchemeColours;
  foreground: string;
  background: string;
  /** Where the pair appears, for the message: "as link text on the page background (#fbfaf7)". */
  where: string;
  use: ContrastUse;
  /** The setting the background comes from, when it is one ("accent"); otherwise a neutral. */
  backgroundField?: keyof SchemeColours;
}

/** Every pair of colours the brand settings put together on a page, in both schemes. */
export function contrastPairs(colours: BrandColours): ContrastPair[] {
  return SCHEMES.flatMap((scheme): ContrastPair[] => {
    const c = colours[scheme];
    const soft = accentSoft(c, scheme);
    const { bg, surface } = NEUTRALS[scheme];
    return [
      { scheme, field: 'accent', foreground: c.accent, background: bg, where: `as link text on the page background (${bg})`, use: 'text' },
      { scheme, field: 'accent', foreground: c.accent, background: surface, where: `as link text on cards, header and footer (${surface})`, use: 'text' },
      { scheme, field: 'accentText', foreground: c.accentText, background: c.accent, where: `as button text on the accent (${c.accent})`, use: 'text', backgroundField: 'accent' },
      { scheme, field: 'accent', foreground: c.accent, background: soft, where: `as the current menu item on the accentSoft tint (${soft})`, use: 'text', backgroundField: 'accentSoft' },
    ];
  });
}

export const minimumFor = (use: ContrastUse) => AA[use];

/** The CSS custom properties of the brand, light and dark, plus the font-face rules of a font package. */
export function brandCss(colours: BrandColours, font?: BrandFont): string {
  const vars = (scheme: Scheme) => {
    const c = colours[scheme];
    return `--color-accent: ${c.accent};\n  --color-accent-text: ${c.accentText};\n  --color-accent-soft: ${accentSoft(c, scheme)};`;
  };
  const imports = font ? font.weights.map((w) => `@import '${font.package}/${w}.css';\n`).join('') : '';
  const family = font ? `'${font.family.replace(/'/g, '')}', ${SYSTEM_FONTS}` : SYSTEM_FONTS;
  return `${imports}/* From content/practice/site.yaml (src/lib/theme.ts). */\n:root {\n  ${vars('light')}\n  --font-body: ${family};\n}\n@media (prefers-color-scheme: dark) {\n  :root {\n  ${vars('dark')}\n  }\n}\n`;
}

/** The default favicon: a rounded square in the accent colour with the nerve's line in the button-text colour. */
export function faviconSvg(colours: SchemeColours): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${colours.accent}"/><path d="M16 5c-2 4 2 6 0 10s2 6 0 12" stroke="${colours.accentText}" stroke-width="3" fill="none" stroke-linecap="round"/></svg>\n`;
}
