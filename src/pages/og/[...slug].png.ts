// Share images, one per article (/og/causes/herniated-disc.png) and one for the rest of
// the site (/og/site.png), drawn at build time: no external service sees the titles.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../data/site';
import { renderOgImage } from '../../components/seo/renderOgImage';

export const getStaticPaths = (async () => {
  const { articles, practice } = await loadSite();
  return [
    { params: { slug: 'site' }, props: { title: practice.tagline, kicker: '', siteName: practice.name } },
    ...articles.map((a) => ({
      params: { slug: `${a.section.path}/${a.id}` },
      props: {
        title: a.collection === 'faqs' ? (a.entry.data as { question: string }).question : a.title,
        kicker: a.section.singular,
        siteName: practice.name,
      },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgImage(props as { title: string; kicker: string; siteName: string });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
