// Every page (and endpoint) gets the site's data on Astro.locals, loaded once per build, so
// layouts and components read the practice settings without each loading the site again.
import { defineMiddleware } from 'astro:middleware';
import { loadSite } from './data/site';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.site = await loadSite();
  return next();
});
