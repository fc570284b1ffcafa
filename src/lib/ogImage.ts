/**
 * The share image of a page (Open Graph / Twitter card): its size, colours, file path and
 * design. Pure: text in, a satori element tree out (plain { type, props } objects, no JSX).
 * src/lib/ogImageRender.ts turns the tree into a PNG; satori wraps the title and draws
 * the text as paths, so the image never depends on the machine's fonts.
 */

/** 1200 × 630 is the size Open Graph and Twitter's large card ask for (1.91 : 1). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** A type, not an interface, so it can be an Astro route's props. */
export type OgImageInput = {
  /** The page title, the big words. */
  title: string;
  /** Section label above it ("Causes"); empty for pages outside a section. */
  kicker: string;
  /** The practice name, at the bottom. */
  siteName: string;
  /** The frame and the section label: the practice's light accent colour (site.yaml `colors.light.accent`). */
  accent?: string | undefined;
};

/** The card and its text use the site's light neutrals (src/styles/global.css); the frame and label take the accent. */
export const OG_COLORS = { card: '#fbfaf7', title: '#1c2321', footer: '#4a5552', accent: '#1c2321' } as const;
/** The card inside the frame: inset and corner radius in px. */
export const OG_CARD = { inset: 36, radius: 28 } as const;
/** The one font family of the image (DejaVu Sans, from @fontsource/dejavu-sans). */
export const OG_FONT = 'DejaVu Sans';

/** Shorter titles get bigger type; long ones step down so three lines fit. */
export function titleSize(title: string): number {
  return title.length <= 40 ? 76 : title.length <= 70 ? 64 : 54;
}

/** The subset of satori's element type this design uses. */
export interface OgNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: (OgNode | string)[] | string };
}

const div = (style: OgNode['props']['style'], children?: OgNode['props']['children']): OgNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/**
 * The design: a frame in the practice's accent colour around a rounded card; the section label in small capitals at
 * the top, the title (at most three lines, "…" if cut) in the middle, the practice name at
 * the bottom.
 */
export function ogImageTree({ title, kicker, siteName, accent = OG_COLORS.accent }: OgImageInput): OgNode {
  const { inset, radius } = OG_CARD;
  const size = titleSize(title);
  return div(
    { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', alignItems: 'center', justifyContent: 'center', backgroundColor: accent, fontFamily: OG_FONT },
    [
      div(
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          boxSizing: 'border-box',
          width: OG_WIDTH - 2 * inset,
          height: OG_HEIGHT - 2 * inset,
          padding: '70px 54px 48px',
          borderRadius: radius,
          backgroundColor: OG_COLORS.card,
        },
        [
          div({ display: 'flex', height: 44, fontSize: 34, fontWeight: 700, letterSpacing: 2, color: accent }, kicker.toUpperCase()),
          div(
            { display: 'block', fontSize: size, fontWeight: 700, lineHeight: 1.18, color: OG_COLORS.title, lineClamp: 3 },
            title.trim(),
          ),
          div({ display: 'flex', fontSize: 30, fontWeight: 400, color: OG_COLORS.footer }, siteName),
        ],
      ),
    ],
  );
}

/** Site path (no base) of a page's share image: "og/causes/herniated-disc.png"; the site's own is "og/site.png". */
export function ogImagePath(pagePath: string): string {
  const clean = pagePath.replace(/^\/+|\/+$/g, '');
  return `og/${clean || 'site'}.png`;
}

/** A page that gets its own share image: its path ("causes/herniated-disc/"), h1 and section label. */
export interface SharePage {
  path: string;
  heading: string;
  kicker: string;
}

/**
 * Every share image of the site: the site's own (og/site.png: the tagline) and one per page.
 * One function for the og/ route and for the build step that draws them ahead
 * (src/integrations/shareImages.ts), so both ask for the same images.
 */
export function shareImageInputs(
  pages: readonly SharePage[],
  practice: { name: string; tagline: string; colors: { light: { accent: string } } },
): { path: string; input: OgImageInput }[] {
  const accent = practice.colors.light.accent;
  return [
    { path: '', input: { title: practice.tagline, kicker: '', siteName: practice.name, accent } },
    ...pages.map((page) => ({ path: page.path, input: { title: page.heading, kicker: page.kicker, siteName: practice.name, accent } })),
  ];
}
