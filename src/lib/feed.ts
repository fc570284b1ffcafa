/**
 * An RSS 2.0 feed, written by hand: a dozen elements do not need a dependency. Pure:
 * items in, XML out. The route (src/pages/rss.xml.ts) feeds it the guides.
 */

export interface FeedItem {
  title: string;
  /** Absolute URL; also the item's guid. */
  url: string;
  description: string;
  date: Date;
  /** Reviewer or author as "Name". */
  author?: string | undefined;
  categories?: string[];
}

export interface FeedInput {
  title: string;
  description: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  /** Absolute URL of the feed itself (atom:link rel=self). */
  feedUrl: string;
  lang: string;
  items: FeedItem[];
}

export function escapeXmlText(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** RFC 822 date, as RSS 2.0 requires: "Mon, 23 Nov 2026 00:00:00 GMT". */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

/** Newest first; the channel's lastBuildDate is the newest item's date, so the feed is reproducible. */
export function rssFeed(input: FeedInput): string {
  const items = [...input.items].sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title));
  const e = escapeXmlText;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${e(input.title)}</title>`,
    `<link>${e(input.siteUrl)}</link>`,
    `<description>${e(input.description)}</description>`,
    `<language>${e(input.lang)}</language>`,
    `<atom:link href="${e(input.feedUrl)}" rel="self" type="application/rss+xml"/>`,
  ];
  if (items[0]) lines.push(`<lastBuildDate>${rfc822(items[0].date)}</lastBuildDate>`);
  for (const item of items) {
    lines.push(
      '<item>',
      `<title>${e(item.title)}</title>`,
      `<link>${e(item.url)}</link>`,
      `<guid isPermaLink="true">${e(item.url)}</guid>`,
      `<description>${e(item.description)}</description>`,
      `<pubDate>${rfc822(item.date)}</pubDate>`,
      ...(item.author ? [`<dc:creator>${e(item.author)}</dc:creator>`] : []),
      ...(item.categories ?? []).map((c) => `<category>${e(c)}</category>`),
      '</item>',
    );
  }
  lines.push('</channel>', '</rss>', '');
  return lines.join('\n');
}
