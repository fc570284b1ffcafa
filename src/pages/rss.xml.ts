// /rss.xml: the guides, newest review first, for feed readers (RSS 2.0 through @astrojs/rss).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { href } from '../lib/urls';
import { isoDay } from '../lib/dates';

/** Text for the customData strings, which @astrojs/rss parses as XML (named entities only: it keeps `&#38;` as text). */
const xml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

export const GET: APIRoute = async ({ site }) => {
  const { byCollection, practice } = await loadSite();
  const abs = (path: string) => new URL(path, site).href;
  // Newest first (then by title); the channel's lastBuildDate is the newest item's date, so the feed is reproducible.
  const items = byCollection.guides
    .map((a) => ({
      title: a.title,
      link: abs(a.href),
      description: a.description,
      pubDate: new Date(`${isoDay(a.entry.data.lastReviewed)}T00:00:00Z`),
      customData: `<dc:creator>${xml(a.author.data.name)}</dc:creator>`,
      categories: ['Guides'],
    }))
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title));
  return rss({
    title: `${practice.name}: guides`,
    description: 'Longer, sourced guides about sciatica and massage: the evidence, your first session, positions, self-care and costs.',
    site: abs(href('/')),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      `<language>${xml(practice.lang)}</language>`,
      `<atom:link href="${xml(abs(href('rss.xml')))}" rel="self" type="application/rss+xml"/>`,
      ...(items[0] ? [`<lastBuildDate>${items[0].pubDate.toUTCString()}</lastBuildDate>`] : []),
    ].join(''),
    items,
  });
};
