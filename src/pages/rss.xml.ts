// /rss.xml: the guides, newest review first, for feed readers.
import type { APIRoute } from 'astro';
import { href, loadSite } from '../data/site';
import { isoDay } from '../lib/dates';
import { rssFeed } from '../lib/feed';

export const GET: APIRoute = async ({ site }) => {
  const { byCollection, practice } = await loadSite();
  const abs = (path: string) => new URL(path, site).href;
  const xml = rssFeed({
    title: `${practice.name}: guides`,
    description: 'Longer, sourced guides about sciatica and massage: the evidence, your first session, positions, self-care and costs.',
    siteUrl: abs(href('/')),
    feedUrl: abs(href('rss.xml')),
    lang: practice.lang,
    items: byCollection.guides.map((a) => ({
      title: a.title,
      url: abs(a.href),
      description: a.description,
      date: new Date(`${isoDay(a.entry.data.lastReviewed)}T00:00:00Z`),
      author: a.author.data.name,
      categories: ['Guides'],
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
