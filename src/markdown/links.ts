/**
 * Sätteri plugins for links:
 *  - baseLinksPlugin: root-relative links ("/causes/herniated-disc/") get the base path,
 *    because Astro never rewrites Markdown links for `base`.
 *  - externalLinksPlugin: links to other sites get rel="noopener noreferrer", so the page
 *    they open can neither reach back into this one nor learn which health page the reader
 *    came from.
 */
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { LANGUAGE_PATHS, isRootRelative, languageOfFile, localPath, withBase } from '../lib/urls';
import { bodiesOf, checkedContent } from '../editorial/pipeline';
import { translatedFragment } from '../editorial/translations';
import { ARTICLES, ARTICLE_COLLECTIONS } from '../collections';

/** A translation's body, and its English page's, by the translation's file path (content/es/causes/x.md). */
function pageAndTranslation(path: string | undefined): { english: string; translated: string } | undefined {
  const match = path && /\/content\/([a-z]{2})\/([^/]+)\/([^/]+)\.mdx?$/.exec(path);
  if (!match) return undefined;
  const [, lang, folder, id] = match;
  const collection = ARTICLE_COLLECTIONS.find((c) => ARTICLES[c].folder === folder);
  const bodies = bodiesOf(checkedContent());
  const english = bodies.get(`${collection}/${id}`);
  const translated = bodies.get(`${lang}:${collection}/${id}`);
  return english !== undefined && translated !== undefined ? { english, translated } : undefined;
}

/** The body of a page and of its translation, by the English site path ("/causes/x/"). */
function bodiesAt(path: string, lang: string): { english: string; translated: string } | undefined {
  const [section, id] = path.split('/').filter(Boolean);
  const collection = ARTICLE_COLLECTIONS.find((c) => ARTICLES[c].path === section);
  if (!collection || !id) return undefined;
  return pageAndTranslation(`/content/${lang}/${ARTICLES[collection].folder}/${id}.md`);
}

export function baseLinksPlugin({ base }: { base: string }) {
  return defineMdastPlugin({
    name: 'site-base-links',
    link(node, ctx) {
      const lang = languageOfFile(ctx.fileURL?.pathname);
      let url = node.url;
      // A translation's link to a section of a page (#…) names the English heading: point it at
      // the translated heading in the same place.
      if (lang !== 'en' && url.includes('#') && !url.startsWith('#source-')) {
        const [path = '', fragment = ''] = url.split('#');
        const bodies = path === '' ? pageAndTranslation(ctx.fileURL?.pathname) : isRootRelative(path) ? bodiesAt(path, lang) : undefined;
        const id = bodies && translatedFragment(bodies.english, bodies.translated, fragment);
        if (id) url = `${path}#${id}`;
      }
      const inLanguage = lang !== 'en' && url.startsWith(withBase(base, `${LANGUAGE_PATHS[lang]}/`));
      // Root-relative page links get the base and the language, unless they have them already
      // (a citation marker's link to an FAQ's own page). A translation links to pages by their
      // English path; its readers go to the same page in their language (/es/causes/x/), which
      // exists for every page (translated or not).
      if (isRootRelative(url) && !(base !== '/' && url.startsWith(base)) && !inLanguage) {
        // Files (/favicon.svg, /handout.pdf) have one address in every language.
        const page = /\/(?:[?#].*)?$/.test(url);
        url = withBase(base, localPath(page ? lang : 'en', url));
      }
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
