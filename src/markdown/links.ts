/**
 * Sätteri plugins for links:
 *  - baseLinksPlugin: root-relative links ("/causes/herniated-disc/") get the base path,
 *    because Astro never rewrites Markdown links for `base`.
 *  - externalLinksPlugin: links to other sites get rel="noopener noreferrer", so the page
 *    they open can neither reach back into this one nor learn which health page the reader
 *    came from.
 */
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { isRootRelative, localPath, withBase } from '../lib/urls';
import { languageOfFile } from '../editorial/tokens';

export function baseLinksPlugin({ base }: { base: string }) {
  return defineMdastPlugin({
    name: 'site-base-links',
    link(node, ctx) {
      if (!isRootRelative(node.url) || (base !== '/' && node.url.startsWith(base))) return;
      // A translation links to pages by their English path; its readers go to the same page in
      // their language (/es/causes/x/), which exists for every page (translated or not).
      // Files (/favicon.svg, /handout.pdf) have one address in every language.
      const page = /\/(?:[?#].*)?$/.test(node.url);
      const lang = page ? languageOfFile(ctx.fileURL?.pathname) : 'en';
      const url = withBase(base, localPath(lang, node.url));
      if (url !== node.url) ctx.setProperty(node, 'url', url);
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
