// /rss.xml: the guides, newest review first, for feed readers (RSS 2.0 through @astrojs/rss).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { isoDay } from '../lib/dates';

/** Text for the customData strings, which @astrojs/rss parses as XML (named entities only: it keeps `&#38;` as text). */
const xml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

export const GET: APIRoute = async ({ site, locals }) => {
  // The guides in the feed's language (/rss.xml, /es/rss.xml): the middleware's site for this path.
  const { byCollection, practice, link, t } = locals.site;
  const abs = (path: string) => new URL(path, site).href;
  // Newest first (then by title); the channel's lastBuildDate is the newest item's date, so the feed is reproducible.
  const items = byCollection.guides
    .map((a) => ({
      title: a.title,
      link: abs(a.href),
      description: a.description,
      pubDate: new Date(`${isoDay(a.entry.data.lastReviewed)}T00:00:00Z`),
      customData: `<dc:creator>${xml(a.author.data.name)}</dc:creator>`,
      categories: [t.sections.guides.label],
    }))
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title));
  return rss({
    title: `${practice.name}: ${t.sections.guides.label.toLowerCase()}`,
    description: t.rssDescription,
    site: abs(link('/')),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      `<language>${xml(practice.lang)}</language>`,
      `<atom:link href="${xml(abs(link('rss.xml')))}" rel="self" type="application/rss+xml"/>`,
      ...(items[0] ? [`<lastBuildDate>${items[0].pubDate.toUTCString()}</lastBuildDate>`] : []),
    ].join(''),
    items,
  });
};
