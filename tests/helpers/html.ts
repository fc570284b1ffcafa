/**
 * Built pages read with a real HTML parser (cheerio, as Astro's own test suite does): entities
 * decoded, attributes in any quoting, selectors instead of regexes.
 */
import { load, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { readPage } from './dist';

export { load, type CheerioAPI };

const cache = new Map<string, CheerioAPI>();

/** A built page, parsed (cached per folder and path: the build does not change during a run). */
export function page$(path: string, dir?: string): CheerioAPI {
  const key = `${dir ?? ''}\0${path}`;
  let $ = cache.get(key);
  if (!$) cache.set(key, ($ = load(readPage(path, dir))));
  return $;
}

/** The contents of every <script type="application/ld+json">, parsed. */
export function jsonLdBlocks($: CheerioAPI): unknown[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse($(el).text()));
}

/** The content of <meta property|name="key">. */
export function meta($: CheerioAPI, key: string): string | undefined {
  return $('meta')
    .filter((_, el) => el.attribs['property'] === key || el.attribs['name'] === key)
    .first()
    .attr('content');
}

/** An element's opening tag as written back by the parser, for failure messages. */
export function openingTag(el: Element): string {
  return `<${el.tagName}${Object.entries(el.attribs).map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${v}"`)).join('')}>`;
}
