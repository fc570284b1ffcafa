// Share images, one per article (/og/causes/herniated-disc.png) and one for the rest of the
// site (/og/site.png), drawn by lib/ogImageRender.ts and kept in Astro's cache folder, so a
// rebuild only draws the images whose text or design changed.
// In a build this route only lists them: a worker thread draws them while the pages render
// and src/integrations/shareImages.ts writes them when the pages are done, so no page waits
// for an image. In `astro dev` it draws each one on request.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheDir, srcDir } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { loadSite, otherLanguages } from '../../data/site';
import { localPath } from '../../lib/urls';
import type { Lang } from '../../lib/i18n';
import { ogImagePath, shareImageInputs, type OgImageInput } from '../../lib/ogImage';
import { cachedOgRenderer, wantShareImages } from '../../lib/ogImageRender';
import { articlePath } from '../../collections';

/** "og/causes/herniated-disc.png" → "causes/herniated-disc": the route's `path` param. */
const param = (pagePath: string) => ogImagePath(pagePath).replace(/^og\/|\.png$/g, '');

const libDir = fileURLToPath(new URL('lib/', srcDir));
const renderer = cachedOgRenderer(fileURLToPath(cacheDir), { libDir, worker: import.meta.env.PROD });

/** The images of one language: the site's (og/site.png, og/es.png) and every article's (og/es/causes/x.png). */
async function imagesIn(lang: Lang) {
  const { articles, practice } = await loadSite(lang);
  const pages = articles.map((a) => ({ path: articlePath(a.collection, a.id), heading: a.heading, kicker: a.section.singular }));
  return shareImageInputs(pages, practice).map(({ path, input }) => ({ path: localPath(lang, path), input }));
}

export const getStaticPaths = (async () => {
  const languages: Lang[] = ['en', ...(await otherLanguages())];
  const images = (await Promise.all(languages.map(imagesIn))).flat();
  if (import.meta.env.PROD) {
    // Whatever the integration did not start yet (the other languages' images) starts now, in the worker.
    renderer.prefetch(images.map((i) => i.input));
    wantShareImages(images.map(({ path, input }) => ({ file: ogImagePath(path), input })));
    return [];
  }
  return images.map(({ path, input }) => ({ params: { path: param(path) }, props: input }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderer.render(props as OgImageInput);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
