// Every page (and endpoint) gets the site's data on Astro.locals, loaded once per build, so
// layouts and components read the practice settings without each loading the site again.
// In a build, each finished page also goes to the search index (lib/search/indexFeed.ts).
import { defineMiddleware } from 'astro:middleware';
import { loadSite } from './data/site';
import { feedSearchIndex } from './lib/search/indexFeed';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.site = await loadSite();
  return feedSearchIndex(context.url.pathname, import.meta.env.BASE_URL, await next());
});
