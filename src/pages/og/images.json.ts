// The list of share images to draw: one per article (og/causes/herniated-disc.png) and one
// for the rest of the site (og/site.png). The ogImages integration reads it after the
// pages are built, draws every PNG while Pagefind indexes, and removes this file.
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site';
import { ogImagePath, type OgImageJob } from '../../lib/ogImage';
import { articlePath } from '../../lib/sections';

export const GET: APIRoute = async () => {
  const { articles, practice } = await loadSite();
  const jobs: OgImageJob[] = [
    { path: ogImagePath(''), title: practice.tagline, kicker: '', siteName: practice.name },
    ...articles.map((a) => ({
      path: ogImagePath(articlePath(a.collection, a.id)),
      title: a.collection === 'faqs' ? (a.entry.data as { question: string }).question : a.title,
      kicker: a.section.singular,
      siteName: practice.name,
    })),
  ];
  return new Response(JSON.stringify(jobs), { headers: { 'Content-Type': 'application/json' } });
};
