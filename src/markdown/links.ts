/**
 * Sätteri plugins for links:
 *  - baseLinksPlugin: root-relative links ("/causes/herniated-disc/") get the base path,
 *    because Astro never rewrites Markdown links for `base`.
 *  - externalLinksPlugin: links to other sites get rel="noopener noreferrer", so the page
 *    they open can neither reach back into this one nor learn which health page the reader
 *    came from.
 */
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { isRootRelative, withBase } from '../lib/urls';

export function baseLinksPlugin({ base }: { base: string }) {
  return defineMdastPlugin({
    name: 'site-base-links',
    link(node, ctx) {
      if (base !== '/' && isRootRelative(node.url) && !node.url.startsWith(base)) {
        ctx.setProperty(node, 'url', withBase(base, node.url));
      }
    },
  });
}

/** True for links that leave the site: http(s) and protocol-relative addresses. */
export function isExternalHref(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}

export function externalLinksPlugin() {
  return defineHastPlugin({
    name: 'site-external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href !== 'string' || !isExternalHref(href)) return;
        const rel: unknown = node.properties?.['rel'];
        const existing = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
        ctx.setProperty(node, 'rel', [...new Set([...existing, 'noopener', 'noreferrer'])]);
      },
    },
  });
}
