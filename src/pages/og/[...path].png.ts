// Share images, one per article (/og/causes/herniated-disc.png) and one for the rest of the
// site (/og/site.png), drawn at build time (lib/ogImageRender.ts) and kept in Astro's cache
// folder, so a rebuild only draws the images whose text or design changed.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheDir } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { loadSite, otherLanguages } from '../../data/site';
import { localPath } from '../../lib/urls';
import type { Lang } from '../../lib/i18n';
import { ogImagePath, type OgImageInput } from '../../lib/ogImage';
import { cachedOgRenderer } from '../../lib/ogImageRender';
import { articlePath } from '../../collections';

type Image = { params: { path: string }; props: OgImageInput };

/** "og/causes/herniated-disc.png" → "causes/herniated-disc": the route's `path` param. */
const param = (pagePath: string) => ogImagePath(pagePath).replace(/^og\/|\.png$/g, '');

const renderer = cachedOgRenderer(fileURLToPath(cacheDir));

/**
 * PNGs drawn ahead of Astro asking for them, three at a time. Astro renders routes one after
 * the other; this way sharp rasterises one image on another core while satori lays out the
 * next (about 1.6× faster than one at a time on two cores).
 */
const ahead = new Map<string, Promise<Buffer>>();
function drawAhead(images: Image[], lanes = 3): void {
  const queue = [...images];
  const next = (): void => {
    const image = queue.shift();
    if (!image) return;
    const png = renderer.render(image.props);
    ahead.set(image.params.path, png);
    // GET reports a failure; the lane moves on either way.
    png.then(next, next);
  };
  for (let i = 0; i < lanes; i++) next();
}

/** The images of one language: the site's (og/site.png, og/es/site.png) and every article's. */
async function imagesIn(lang: Lang): Promise<Image[]> {
  const { articles, practice } = await loadSite(lang);
  return [
    { params: { path: param(localPath(lang, '')) }, props: { title: practice.tagline, kicker: '', siteName: practice.name, accent: practice.colors.light.accent } },
    ...articles.map((a) => ({
      params: { path: param(localPath(lang, articlePath(a.collection, a.id))) },
      props: {
        title: a.heading,
        kicker: a.section.singular,
        siteName: practice.name,
        accent: practice.colors.light.accent,
      },
    })),
  ];
}

export const getStaticPaths = (async () => {
  const languages: Lang[] = ['en', ...(await otherLanguages())];
  const images = (await Promise.all(languages.map(imagesIn))).flat();
  if (import.meta.env.PROD) drawAhead(images);
  return images;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const png = await (ahead.get(params.path!) ?? renderer.render(props as OgImageInput));
  ahead.delete(params.path!);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
