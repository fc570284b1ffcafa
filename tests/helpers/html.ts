/**
 * Just enough HTML reading for checks on built pages. Astro writes attributes in double
 * quotes, one tag per element, so tags and attributes can be read without a DOM.
 */

export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** The raw opening tag. */
  raw: string;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
export const decodeEntities = (value: string) =>
  value.replace(/&(amp|quot|#39|lt|gt);/g, (e) => ENTITIES[e] ?? e).replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)));

/** Every opening tag of the given names ("a", "img", …), with its attributes. */
export function tags(html: string, ...names: string[]): Tag[] {
  const found: Tag[] = [];
  const pattern = new RegExp(`<(${names.join('|')})(\\s[^>]*)?>`, 'gi');
  for (const match of html.matchAll(pattern)) {
    const attrs: Record<string, string> = {};
    for (const [, name, value] of (match[2] ?? '').matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)) {
      if (name) attrs[name.toLowerCase()] = decodeEntities(value ?? '');
    }
    found.push({ name: match[1]!.toLowerCase(), attrs, raw: match[0] });
  }
  return found;
}

/** Every id on the page. */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
}

/** The contents of every <script type="application/ld+json">, parsed. */
export function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

/** The content of <meta property|name="key">. */
export function meta(html: string, key: string): string | undefined {
  return tags(html, 'meta').find((t) => t.attrs.property === key || t.attrs.name === key)?.attrs.content;
}
