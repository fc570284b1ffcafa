// Share images, one per article (/og/causes/herniated-disc.png) and one for the rest of the
// site (/og/site.png), drawn at build time (lib/ogImageRender.ts) and kept in Astro's cache
// folder, so a rebuild only draws the images whose text or design changed.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheDir } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { loadSite } from '../../data/site';
import { ogImagePath, type OgImageInput } from '../../lib/ogImage';
import { cachedOgRenderer } from '../../lib/ogImageRender';
import { articlePath } from '../../collections';

/** "og/causes/herniated-disc.png" → "causes/herniated-disc": the route's `path` param. */
const param = (pagePath: string) => ogImagePath(pagePath).replace(/^og\/|\.png$/g, '');

export const getStaticPaths = (async () => {
  const { articles, practice } = await loadSite();
  const images: { params: { path: string }; props: OgImageInput }[] = [
    { params: { path: param('') }, props: { title: practice.tagline, kicker: '', siteName: practice.name } },
    ...articles.map((a) => ({
      params: { path: param(articlePath(a.collection, a.id)) },
      props: {
        title: a.heading,
        kicker: a.section.singular,
        siteName: practice.name,
      },
    })),
  ];
  return images;
}) satisfies GetStaticPaths;

const renderer = cachedOgRenderer(fileURLToPath(cacheDir));

export const GET: APIRoute = async ({ props }) => {
  const png = await renderer.render(props as OgImageInput);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
