// Every page (and endpoint) gets the site's data in its language on Astro.locals, loaded once
// per build and language, so layouts and components read the practice settings, the interface's
// words (site.t) and language-aware links (site.link) without each loading the site again.
// In a build, each finished page also goes to the search index (lib/search/indexFeed.ts).
import { defineMiddleware } from 'astro:middleware';
import { loadSite } from './data/site';
import { splitLanguage } from './lib/urls';
import { feedSearchIndex } from './lib/search/indexFeed';
import type { Lang } from './lib/i18n';

export const onRequest = defineMiddleware(async (context, next) => {
  const path = context.url.pathname.slice(import.meta.env.BASE_URL.length);
  const [lang] = splitLanguage(path);
  context.locals.site = await loadSite(lang as Lang);
  return feedSearchIndex(context.url.pathname, import.meta.env.BASE_URL, await next());
});
